// seen: Spark Streaming API docs groupByKeyAndWindow in course slides (session items per user)
// input: clicks.stream
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object GroupByKeyAndWindow {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Sessions"), Seconds(1))
    val visits = ssc.socketTextStream("localhost", 9999).map(_.split(",")).map(a => (a(0), a(1)))
    visits.groupByKeyAndWindow(Seconds(2), Seconds(1)).mapValues(_.mkString(" -> ")).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
