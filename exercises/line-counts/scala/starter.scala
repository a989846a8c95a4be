import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}
import org.apache.spark.streaming.dstream.DStream

object LineCounts {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("LineCounts")
    val ssc = new StreamingContext(conf, Seconds(1))
    ssc.sparkContext.setLogLevel("ERROR")
    val lines = ssc.socketTextStream("localhost", 9999)

    // Each distinct line of the batch with the number of times it arrived.
    val lineCounts: DStream[(String, Long)] = ...
    lineCounts.print()

    ssc.start()
    ssc.awaitTermination()
  }
}
