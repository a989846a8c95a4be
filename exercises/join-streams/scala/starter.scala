import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}
import org.apache.spark.streaming.dstream.DStream

object JoinStreams {
  def main(args: Array[String]): Unit = {
    // Two receivers each hold a core: local[3] leaves one to process the batches.
    val conf = new SparkConf().setMaster("local[3]").setAppName("JoinStreams")
    val ssc = new StreamingContext(conf, Seconds(1))
    ssc.sparkContext.setLogLevel("ERROR")

    // "orderId product" -> (orderId, product)
    val orders: DStream[(String, String)] = ...
    // "orderId amount" -> (orderId, amount)
    val payments: DStream[(String, Int)] = ...

    val paidOrders = orders.join(payments)
    paidOrders.print()

    ssc.start()
    ssc.awaitTermination()
  }
}
