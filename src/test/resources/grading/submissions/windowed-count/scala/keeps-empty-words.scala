import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object Student {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("s"), Seconds(1))
    val words = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" "))
    words.map((_, 1)).reduceByKeyAndWindow((a: Int, b: Int) => a + b, Seconds(4), Seconds(2)).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
