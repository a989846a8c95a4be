// seen: Spark Streaming programming guide window operations table (countByWindow, reduceByWindow)
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object CountByWindow {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Windows"), Seconds(1))
    ssc.checkpoint("cp")
    val lines = ssc.socketTextStream("localhost", 9999)
    lines.countByWindow(Seconds(2), Seconds(1)).print()
    lines.map(_.length).reduceByWindow(_ + _, Seconds(2), Seconds(1)).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
