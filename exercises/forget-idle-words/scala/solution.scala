import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}
import org.apache.spark.streaming.dstream.DStream

object ForgetIdleWords {
  // The state of a word: (its total, how many batches in a row it has received nothing)
  def update(values: Seq[Int], state: Option[(Int, Int)]): Option[(Int, Int)] = {
    val (total, idle) = state.getOrElse((0, 0))
    if (values.nonEmpty) Some((total + values.sum, 0))
    else if (idle + 1 == 3) None
    else Some((total, idle + 1))
  }

  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setAppName("ForgetIdleWords").setMaster("local[2]")
    val ssc = new StreamingContext(conf, Seconds(1))
    ssc.checkpoint("checkpoint")
    val lines = ssc.socketTextStream("localhost", 9999)

    // Each word's total since it (re)appeared; a word idle for 3 batches in a row is forgotten
    val totals: DStream[(String, Int)] = lines
      .flatMap(_.split(" ").filter(_.nonEmpty))
      .map((_, 1))
      .updateStateByKey(update _)
      .map { case (word, (total, _)) => (word, total) }

    totals.print()

    ssc.start()
    ssc.awaitTermination()
  }
}
