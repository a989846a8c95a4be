import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object RunningTotals {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("RunningTotals")
    val ssc = new StreamingContext(conf, Seconds(1))
    ssc.sparkContext.setLogLevel("ERROR")
    // Stateful operations keep their state in the checkpoint directory.
    ssc.checkpoint("checkpoint")
    val lines = ssc.socketTextStream("localhost", 9999)

    val pairs = lines.flatMap(_.split(" ")).filter(_.nonEmpty).map((_, 1))
    val totals = pairs.updateStateByKey(updateTotal)
    totals.print()

    ssc.start()
    ssc.awaitTermination()
  }

  /** The word's total so far: its previous total (None for a new word) plus this batch's ones. */
  def updateTotal(values: Seq[Int], total: Option[Int]): Option[Int] = Some(values.sum + total.getOrElse(0))
}
