// seen: course exercise "user to hashtags" (flatMapValues, groupByKey, mapValues(_.toList.sorted))
// input: tweets.stream
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object FlatMapValuesTags {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Tags"), Seconds(1))
    val lines = ssc.socketTextStream("localhost", 9999).map(l => (l.split(" ").head, l))
    val tags = lines.flatMapValues(_.split(" ").filter(_.startsWith("#")))
    tags.map(_.swap).groupByKey().mapValues(_.toList.sorted).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
