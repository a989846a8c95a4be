// seen: apache/spark examples/.../streaming/TwitterPopularTags.scala (map swap, transform sortByKey(false), take(10) in foreachRDD)
// input: tweets.stream
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object TopHashtagsForeach {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("TwitterPopularTags"), Seconds(1))
    val hashTags = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ").filter(_.startsWith("#")))
    val topCounts = hashTags.map((_, 1)).reduceByKeyAndWindow(_ + _, Seconds(2))
      .map { case (topic, count) => (count, topic) }
      .transform(_.sortByKey(false))
    topCounts.foreachRDD(rdd => {
      val topList = rdd.take(10)
      println("\nPopular topics in last 2 seconds (%s total):".format(rdd.count()))
      topList.foreach { case (count, tag) => println("%s (%s tweets)".format(tag, count)) }
    })
    ssc.start()
    ssc.awaitTermination()
  }
}
