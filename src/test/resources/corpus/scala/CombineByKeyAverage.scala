// seen: Learning Spark ch.4 combineByKey per-key average, used in streaming via transform
// input: sensors.stream
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object CombineByKeyAverage {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Avg"), Seconds(1))
    val pairs = ssc.socketTextStream("localhost", 9999).map(_.split(",")).map(a => (a(0), a(1).toDouble))
    val averages = pairs.combineByKey(
      (v: Double) => (v, 1),
      (acc: (Double, Int), v: Double) => (acc._1 + v, acc._2 + 1),
      (a: (Double, Int), b: (Double, Int)) => (a._1 + b._1, a._2 + b._2),
      new org.apache.spark.HashPartitioner(2)
    ).mapValues(p => p._1 / p._2)
    averages.print()
    ssc.start()
    ssc.awaitTermination()
  }
}
