import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}
import org.apache.spark.streaming.dstream.DStream

object ForgetIdleWords {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setAppName("ForgetIdleWords").setMaster("local[2]")
    val ssc = new StreamingContext(conf, Seconds(1))
    ssc.checkpoint("checkpoint")
    val lines = ssc.socketTextStream("localhost", 9999)

    // Each word's total since it (re)appeared; a word idle for 3 batches in a row is forgotten
    val totals: DStream[(String, Int)] = ...

    totals.print()

    ssc.start()
    ssc.awaitTermination()
  }
}
