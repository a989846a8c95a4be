import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object Student {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("s"), Seconds(1))
    ssc.checkpoint("state")
    val words = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ").filter(_.nonEmpty))
    val streaks = words.map((_, 1L)).updateStateByKey[Long] { (values: Seq[Long], state: Option[Long]) =>
      values match {
        case Seq() => None
        case seen => Some(seen.sum + state.getOrElse(0L))
      }
    }
    streaks.print()
    ssc.start()
    ssc.awaitTermination()
  }
}
