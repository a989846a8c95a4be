// seen: apache/spark examples/.../streaming/RecoverableNetworkWordCount.scala (DroppedWordsCounter: longAccumulator in foreachRDD)
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object AccumulatorLines {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Recoverable"), Seconds(1))
    val droppedWordsCounter = ssc.sparkContext.longAccumulator("DroppedWordsCounter")
    val blacklist = Seq("a", "b", "c", "the")
    val wordCounts = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).map((_, 1)).reduceByKey(_ + _)
    wordCounts.foreachRDD { (rdd, time) =>
      val counts = rdd.filter { case (word, count) =>
        if (blacklist.contains(word)) {
          droppedWordsCounter.add(count)
          false
        } else true
      }.collect().mkString("[", ", ", "]")
      println(s"Counts at time $time $counts")
      println(s"Dropped ${droppedWordsCounter.value} word(s) totally")
    }
    ssc.start()
    ssc.awaitTermination()
  }
}
