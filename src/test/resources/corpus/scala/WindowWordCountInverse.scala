// seen: hugolu/learn-spark spark-streaming/quick-example/WindowWordCount.scala (reduceByKeyAndWindow with inverse)
import org.apache.spark.{SparkConf, SparkContext}
import org.apache.spark.streaming.{StreamingContext, Seconds}

object WindowWordCountInverse {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setAppName("WindowWordCount").setMaster("local[4]")
    val sc = new SparkContext(conf)
    val ssc = new StreamingContext(sc, Seconds(1))
    sc.setLogLevel("WARN")
    ssc.checkpoint(".")
    val pairs = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).map(word => (word, 1))
    val wordCounts = pairs.reduceByKeyAndWindow(_ + _, _ - _, Seconds(3), Seconds(1))
    wordCounts.print()
    ssc.start()
    ssc.awaitTermination()
  }
}
