import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object CountByWindow {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setAppName("CountByWindow").setMaster("local[2]")
    val ssc = new StreamingContext(conf, Seconds(5))
    val lines = ssc.socketTextStream("localhost", 9999)

    // Every 10 seconds, the number of lines received in the last 30 seconds
    ssc.checkpoint("checkpoint")
    lines.countByWindow(Seconds(30), Seconds(10)).print()

    ssc.start()
    ssc.awaitTermination()
  }
}
