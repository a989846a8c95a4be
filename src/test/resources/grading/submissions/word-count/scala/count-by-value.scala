import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object Student {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("Student"), Seconds(1))
    ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).filter(_ != "").countByValue().print()
    ssc.start()
    ssc.awaitTermination()
  }
}
