import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object JoinStreams {
  def main(args: Array[String]): Unit = {
    // Two receivers each hold a core: local[3] leaves one to process the batches.
    val conf = new SparkConf().setMaster("local[3]").setAppName("JoinStreams")
    val ssc = new StreamingContext(conf, Seconds(1))
    ssc.sparkContext.setLogLevel("ERROR")

    // "orderId product" -> (orderId, product)
    val orders = ssc.socketTextStream("localhost", 9999).map { line =>
      val fields = line.split(" ")
      (fields(0), fields(1))
    }
    // "orderId amount" -> (orderId, amount)
    val payments = ssc.socketTextStream("localhost", 9998).map { line =>
      val fields = line.split(" ")
      (fields(0), fields(1).toInt)
    }

    val paidOrders = orders.join(payments)
    paidOrders.print()

    ssc.start()
    ssc.awaitTermination()
  }
}
