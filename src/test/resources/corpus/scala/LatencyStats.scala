// seen: databricks reference apps logs_analyzer (content size min/avg/max per batch in foreachRDD)
// input: logs.stream
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object LatencyStats {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Latency"), Seconds(1))
    val millis = ssc.socketTextStream("localhost", 9999)
      .filter(_.endsWith(" ms"))
      .map(line => line.split(" ").takeRight(2).head.toInt)
    millis.foreachRDD { rdd =>
      if (!rdd.isEmpty()) {
        val values = rdd.collect()
        println(s"min=${values.min} avg=${values.sum / values.length} max=${values.max}")
      } else {
        println("no timed requests")
      }
    }
    ssc.start()
    ssc.awaitTermination()
  }
}
