// seen: course log-analysis labs (split log line, key by level, reduceByKeyAndWindow) e.g. databricks reference apps logs_analyzer
// input: logs.stream
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object LogLevelCounts {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Logs"), Seconds(1))
    val entries = ssc.socketTextStream("localhost", 9999).map(_.split(" ")).filter(_.length > 3)
    val levels = entries.map(fields => (fields(2), 1)).reduceByKeyAndWindow((a: Int, b: Int) => a + b, Seconds(2), Seconds(1))
    levels.print()
    val errors = entries.filter(_(2) == "ERROR").map(f => f(3) + ": " + f.drop(4).mkString(" "))
    errors.print()
    ssc.start()
    ssc.awaitTermination()
  }
}
