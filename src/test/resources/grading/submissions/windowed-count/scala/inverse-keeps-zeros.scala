import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object Student {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("s"), Seconds(1))
    ssc.checkpoint("checkpoints")
    val pairs = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ").filter(_.nonEmpty)).map((_, 1))
    pairs.reduceByKeyAndWindow(_ + _, _ - _, Seconds(4), Seconds(2)).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
