import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object Streaks {
  // A word's count lives as long as it keeps coming: a batch without it forgets it.
  def update(values: Seq[Int], state: Option[Int]): Option[Int] =
    if (values.isEmpty) None else Some(state.getOrElse(0) + values.sum)

  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("Streaks"), Seconds(1))
    ssc.checkpoint("/tmp/streaks")
    val words = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ").filter(_.nonEmpty))
    words.map((_, 1)).updateStateByKey(update _).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
