import org.apache.spark._
import org.apache.spark.streaming._
import org.apache.spark.streaming.StreamingContext._ // not necessary since Spark 1.3

object GuideSnippets {
  def updateFunction(newValues: Seq[Int], runningCount: Option[Int]): Option[Int] = {
    val newCount = newValues.sum + runningCount.getOrElse(0)
    Some(newCount)
  }

  def main(args: Array[String]): Unit = {
    // Create a local StreamingContext with two working thread and batch interval of 1 second.
    // The master requires 2 cores to prevent a starvation scenario.
    val conf = new SparkConf().setMaster("local[2]").setAppName("NetworkWordCount")
    val ssc = new StreamingContext(conf, Seconds(1))
    ssc.checkpoint("checkpoint")
    val lines = ssc.socketTextStream("localhost", 9999)
    val words = lines.flatMap(_.split(" "))
    val pairs = words.map(word => (word, 1))
    val wordCounts = pairs.reduceByKey(_ + _)
    wordCounts.print()
    val runningCounts = pairs.updateStateByKey[Int](updateFunction _)
    runningCounts.print()
    val spamInfoRDD = ssc.sparkContext.parallelize(Seq(("spam", true), ("ham", false)))
    val cleanedDStream = wordCounts.transform { rdd =>
      rdd.leftOuterJoin(spamInfoRDD).filter { case (word, (count, spam)) => !spam.getOrElse(false) }
    }
    cleanedDStream.print()
    val windowedWordCounts = pairs.reduceByKeyAndWindow((a:Int,b:Int) => (a + b), Seconds(3), Seconds(2))
    windowedWordCounts.print()
    wordCounts.foreachRDD { rdd =>
      rdd.foreachPartition { partitionOfRecords =>
        partitionOfRecords.foreach(record => println(s"sent $record"))
      }
    }
    ssc.start()             // Start the computation
    ssc.awaitTerminationOrTimeout(5000)
    ssc.stop(stopSparkContext = true, stopGracefully = true)
  }
}
