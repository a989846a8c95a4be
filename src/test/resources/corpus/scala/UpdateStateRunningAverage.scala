// seen: course exercise "running average per sensor" (updateStateByKey with tuple state)
// input: sensors.stream
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object UpdateStateRunningAverage {
  def update(values: Seq[Double], state: Option[(Double, Int)]): Option[(Double, Int)] = {
    val (sum, n) = state.getOrElse((0.0, 0))
    Some((sum + values.sum, n + values.size))
  }

  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("RunningAvg"), Seconds(1))
    ssc.checkpoint("state")
    val readings = ssc.socketTextStream("localhost", 9999).map(_.split(",")).map(a => (a(0), a(1).toDouble))
    readings.updateStateByKey(update _).mapValues { case (s, n) => f"${s / n}%.2f" }.print()
    ssc.start()
    ssc.awaitTermination()
  }
}
