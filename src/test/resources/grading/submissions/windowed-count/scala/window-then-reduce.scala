import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object Student {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("s"), Seconds(1))
    val words = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).filter(w => w.length > 0)
    words.map(w => (w, 1)).window(Seconds(4), Seconds(2)).reduceByKey(_ + _).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
