import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object WindowedWordCount {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("WindowedWordCount"), Seconds(10))
    ssc.checkpoint("checkpoint")
    val lines = ssc.socketTextStream("localhost", 9999)
    lines.flatMap(_.split(" ").filter(_.nonEmpty)).map((_, 1)).reduceByKey(_ + _).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
