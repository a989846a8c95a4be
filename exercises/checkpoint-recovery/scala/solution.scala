import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object RecoverableWordCount {
  val checkpointDir = "checkpoint"

  def createContext(): StreamingContext = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("RecoverableWordCount")
    val ssc = new StreamingContext(conf, Seconds(1))
    ssc.checkpoint(checkpointDir)
    val lines = ssc.socketTextStream("localhost", 9999)

    // Each word's total since the start; these totals must survive a restart of the driver
    val totals = lines.flatMap(_.split(" ").filter(_.nonEmpty))
      .map((_, 1))
      .updateStateByKey((values: Seq[Int], state: Option[Int]) => Some(values.sum + state.getOrElse(0)))
    totals.checkpoint(Seconds(1))
    totals.print()
    ssc
  }

  def main(args: Array[String]): Unit = {
    val ssc = StreamingContext.getOrCreate(checkpointDir, createContext _)
    ssc.start()
    ssc.awaitTermination()
  }
}
