import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object SortByCount {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("sorted counts")
    val ssc = new StreamingContext(conf, Seconds(5))
    val lines = ssc.socketTextStream("localhost", 9999)
    val counts = lines.flatMap(_.split(" ")).map((_, 1)).reduceByKey(_ + _)
    // most frequent words first
    counts.transform(rdd => rdd.sortBy(_._2, false)).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
