// seen: course lab "top words per batch" (transform(rdd => rdd.sortBy(_._2, ascending = false)))
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object SortedWordCountTransform {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Sorted"), Seconds(1))
    val counts = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).map((_, 1)).reduceByKey(_ + _)
    counts.transform(rdd => rdd.sortBy(_._2, ascending = false)).print(3)
    counts.transform(rdd => rdd.sortByKey()).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
