import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object ForgetIdleWords {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("ForgetIdleWords"), Seconds(1))
    ssc.checkpoint("checkpoint")
    val words = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ").filter(_.nonEmpty))
    words.map((_, 1)).updateStateByKey((values: Seq[Int], total: Option[Int]) =>
      Some(total.getOrElse(0) + values.sum)).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
