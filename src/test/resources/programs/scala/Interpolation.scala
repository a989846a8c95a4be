import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object Interpolation {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("interpolation")
    val ssc = new StreamingContext(conf, Seconds(5))
    val lines = ssc.socketTextStream("localhost", 9999)
    lines.map(line => (line.split(" ").length, line))
      .map { case (n, line) => f"$n%2d words | ${line.toUpperCase}%-25s| ${n * 1.5}%.2f" }
      .print()
    lines.flatMap(_.split(" ")).map(w => s"'$w' has ${w.length} letters").print(3)
    ssc.start()
    ssc.awaitTermination()
  }
}
