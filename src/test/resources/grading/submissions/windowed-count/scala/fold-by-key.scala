import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object Student {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("s"), Seconds(1))
    val pairs = ssc.socketTextStream("localhost", 9999)
      .flatMap(line => for (w <- line.split(" ") if w.nonEmpty) yield (w, 1L))
    pairs.window(Seconds(4), Seconds(2)).transform(rdd => rdd.foldByKey(0L)(_ + _)).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
