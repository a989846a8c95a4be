import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object TrendingWords {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setAppName("TrendingWords").setMaster("local[2]")
    val ssc = new StreamingContext(conf, Seconds(5))
    val lines = ssc.socketTextStream("localhost", 9999)

    // Every 10 seconds, the 3 most frequent words of the last 30 seconds
    ...

    ssc.start()
    ssc.awaitTermination()
  }
}
