import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object UpdateStateTyped {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("running counts")
    val ssc = new StreamingContext(conf, Seconds(5))
    ssc.checkpoint("checkpoint")
    val updateFunc = (values: Seq[Int], state: Option[Int]) => {
      val currentCount = values.foldLeft(0)(_ + _)
      val previousCount = state.getOrElse(0)
      Some(currentCount + previousCount)
    }
    val lines = ssc.socketTextStream("localhost", 9999)
    val runningCounts = lines.flatMap(_.split(" ")).map(x => (x, 1)).updateStateByKey[Int](updateFunc)
    runningCounts.print()
    ssc.start()
    ssc.awaitTermination()
  }
}
