// seen: apache/spark examples/.../clickstream/PageViewStream.scala (slidingPageCounts: countByValueAndWindow)
// input: clicks.stream
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object CountByValueAndWindow {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Sliding"), Seconds(1))
    ssc.checkpoint("cp")
    ssc.socketTextStream("localhost", 9999).map(_.split(",")(1)).countByValueAndWindow(Seconds(2), Seconds(1)).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
