import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object Student {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("s"), Seconds(1))
    val lines = ssc.socketTextStream("localhost", 9999)
    val words = lines.flatMap(line => line.split(" ").filter(_.nonEmpty))
    words.window(Seconds(4), Seconds(2)).countByValue().print()
    ssc.start()
    ssc.awaitTermination()
  }
}
