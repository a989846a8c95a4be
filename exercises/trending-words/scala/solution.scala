import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object TrendingWords {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setAppName("TrendingWords").setMaster("local[2]")
    val ssc = new StreamingContext(conf, Seconds(5))
    val lines = ssc.socketTextStream("localhost", 9999)

    // Every 10 seconds, the 3 most frequent words of the last 30 seconds
    val counts = lines.flatMap(_.split(" ").filter(_.nonEmpty))
      .map((_, 1))
      .reduceByKeyAndWindow((a: Int, b: Int) => a + b, Seconds(30), Seconds(10))
    val top3 = counts.transform { rdd =>
      rdd.sparkContext.parallelize(rdd.sortBy { case (word, n) => (-n, word) }.take(3))
    }
    top3.print()

    ssc.start()
    ssc.awaitTermination()
  }
}
