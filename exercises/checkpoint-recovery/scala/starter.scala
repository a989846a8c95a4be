import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object RecoverableWordCount {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("RecoverableWordCount")
    val ssc = new StreamingContext(conf, Seconds(1))
    ssc.checkpoint("checkpoint")
    val lines = ssc.socketTextStream("localhost", 9999)

    // Each word's total since the start; these totals must survive a restart of the driver
    val totals = lines.flatMap(_.split(" ").filter(_.nonEmpty))
      .map((_, 1))
      .updateStateByKey((values: Seq[Int], state: Option[Int]) => Some(values.sum + state.getOrElse(0)))
    totals.print()

    ssc.start()
    ssc.awaitTermination()
  }
}
