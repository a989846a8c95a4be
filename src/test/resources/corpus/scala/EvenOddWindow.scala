// seen: streaming exercise "count even and odd numbers over a sliding window" (map to key, reduceByKeyAndWindow)
// input: numbers.stream
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object EvenOddWindow {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("EvenOdd"), Seconds(1))
    val numbers = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).map(_.toInt)
    numbers.map(n => (if (n % 2 == 0) "even" else "odd", 1))
      .reduceByKeyAndWindow(_ + _, Seconds(2), Seconds(1))
      .print()
    ssc.start()
    ssc.awaitTermination()
  }
}
