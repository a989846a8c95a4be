import org.apache.spark.{SparkConf, SparkContext}
import org.apache.spark.broadcast.Broadcast
import org.apache.spark.rdd.RDD
import org.apache.spark.streaming.{Seconds, StreamingContext, Time}
import org.apache.spark.util.LongAccumulator

/** Made lazily, so that it exists again after the driver restarts from a checkpoint. */
object ExcludedWords {
  @volatile private var instance: Broadcast[Seq[String]] = null

  def getInstance(sc: SparkContext): Broadcast[Seq[String]] = {
    if (instance == null) {
      synchronized {
        if (instance == null) {
          val words = Seq("a", "b", "c")
          instance = sc.broadcast(words)
        }
      }
    }
    instance
  }
}

/** Same for the accumulator of dropped words. */
object DroppedWordsCounter {
  @volatile private var instance: LongAccumulator = null

  def getInstance(sc: SparkContext): LongAccumulator = {
    if (instance == null) {
      synchronized {
        if (instance == null) {
          instance = sc.longAccumulator("DroppedWordsCounter")
        }
      }
    }
    instance
  }
}

object RecoverableNetworkWordCount {

  def createContext(ip: String, port: Int, checkpointDirectory: String): StreamingContext = {
    // not printed when the context comes back from the checkpoint
    println("Creating new context")
    val sparkConf = new SparkConf().setAppName("RecoverableNetworkWordCount")
    val ssc = new StreamingContext(sparkConf, Seconds(1))
    ssc.checkpoint(checkpointDirectory)

    val lines = ssc.socketTextStream(ip, port)
    val words = lines.flatMap(_.split(" "))
    val wordCounts = words.map((_, 1)).reduceByKey(_ + _)
    wordCounts.foreachRDD { (rdd: RDD[(String, Int)], time: Time) =>
      val excludeList = ExcludedWords.getInstance(rdd.sparkContext)
      val droppedWordsCounter = DroppedWordsCounter.getInstance(rdd.sparkContext)
      val counts = rdd.filter { case (word, count) =>
        if (excludeList.value.contains(word)) {
          droppedWordsCounter.add(count)
          false
        } else {
          true
        }
      }.collect().mkString("[", ", ", "]")
      println(s"Counts at time $time $counts")
      println(s"Dropped ${droppedWordsCounter.value} word(s) totally")
    }
    ssc
  }

  def main(args: Array[String]): Unit = {
    if (args.length != 3) {
      System.err.println(s"Your arguments were ${args.mkString("[", ", ", "]")}")
      System.err.println("Usage: RecoverableNetworkWordCount <hostname> <port> <checkpoint-directory>")
      System.exit(1)
    }
    val Array(ip, port, checkpointDirectory) = args
    val ssc = StreamingContext.getOrCreate(checkpointDirectory,
      () => createContext(ip, port.toInt, checkpointDirectory))
    ssc.start()
    ssc.awaitTermination()
  }
}
