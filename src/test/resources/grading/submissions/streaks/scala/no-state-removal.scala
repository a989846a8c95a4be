import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object Student {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("s"), Seconds(1))
    ssc.checkpoint("state")
    val words = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ").filter(_.nonEmpty))
    words.map((_, 1)).updateStateByKey((values: Seq[Int], state: Option[Int]) =>
      Some(state.getOrElse(0) + values.sum)).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
