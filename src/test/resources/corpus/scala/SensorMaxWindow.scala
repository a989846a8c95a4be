// seen: streaming course exercise "max temperature per sensor over a window" (reduceByKeyAndWindow(math.max))
// input: sensors.stream
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object SensorMaxWindow extends App {
  val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("MaxTemp"), Seconds(1))
  val readings = ssc.socketTextStream("localhost", 9999).map(_.split(",")).map(a => (a(0), a(1).toDouble))
  readings.reduceByKeyAndWindow((a: Double, b: Double) => math.max(a, b), Seconds(2), Seconds(1)).print()
  ssc.start()
  ssc.awaitTermination()
}
