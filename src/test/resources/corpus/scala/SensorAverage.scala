// seen: IoT streaming tutorials (parse "id,value", mapValues((_, 1)), reduceByKey on pairs, average)
// input: sensors.stream
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object SensorAverage {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Sensors"), Seconds(1))
    val readings = ssc.socketTextStream("localhost", 9999).map { line =>
      val parts = line.split(",")
      (parts(0), parts(1).toDouble)
    }
    val averages = readings.mapValues(v => (v, 1))
      .reduceByKey((a, b) => (a._1 + b._1, a._2 + b._2))
      .mapValues { case (total, n) => total / n }
    averages.print()
    ssc.start()
    ssc.awaitTermination()
  }
}
