// seen: Spark Streaming programming guide window() then reduceByKey, with Durations as Seconds(n) and Milliseconds
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Milliseconds, Seconds, StreamingContext}

object WindowThenReduce {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Window"), Milliseconds(1000))
    val pairs = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).map((_, 1))
    pairs.window(Seconds(2)).reduceByKey(_ + _).filter(_._2 > 1).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
