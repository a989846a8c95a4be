// seen: Spark programming guide note "If the update function returns None then the key-value pair will be eliminated"
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object UpdateStateRemoveKeys {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Remove"), Seconds(1))
    ssc.checkpoint(".")
    val counts = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).map((_, 1))
      .updateStateByKey((newValues: Seq[Int], running: Option[Int]) =>
        if (newValues.isEmpty) None else Some(running.getOrElse(0) + newValues.sum))
    counts.print()
    ssc.start()
    ssc.awaitTermination()
  }
}
