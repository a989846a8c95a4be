import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object WindowedCount {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setAppName("WindowedCount").setMaster("local[2]")
    val ssc = new StreamingContext(conf, Seconds(1))
    val lines = ssc.socketTextStream("localhost", 9999)

    // Every 2 seconds, how often each word came in the last 4 seconds
    val counts = lines
      .flatMap(line => line.split(" ").filter(_.nonEmpty))
      .map(word => (word, 1))
      .reduceByKeyAndWindow((a: Int, b: Int) => a + b, Seconds(4), Seconds(2))
    counts.print()

    ssc.start()
    ssc.awaitTermination()
  }
}
