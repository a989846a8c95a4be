import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}
import org.apache.spark.streaming.dstream.DStream

object WindowedWordCount {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setAppName("WindowedWordCount")
    val ssc = new StreamingContext(conf, Seconds(10))
    ssc.sparkContext.setLogLevel("ERROR")
    ssc.checkpoint("checkpoint")

    val lines = ssc.socketTextStream("localhost", 9999)

    // Every 10 seconds, each word's count over the last 20 seconds
    val windowedWordCounts: DStream[(String, Int)] = ...

    windowedWordCounts.print()

    ssc.start()
    ssc.awaitTermination()
  }
}
