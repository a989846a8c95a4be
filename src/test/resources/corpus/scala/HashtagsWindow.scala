// seen: es.ucm.fdi.sscheck TweetOps.getHashtags (split on \s+, startsWith("#")) and sundogsoftware PopularHashtags
// input: tweets.stream
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object HashtagsWindow {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("PopularHashtags"), Seconds(1))
    ssc.checkpoint("checkpoint")
    val words = ssc.socketTextStream("localhost", 9999).flatMap(status => status.split("""\s+"""))
    val hashtags = words.filter(word => word.startsWith("#"))
    val hashtagKeyValues = hashtags.map(hashtag => (hashtag, 1))
    val hashtagCounts = hashtagKeyValues.reduceByKeyAndWindow((x, y) => x + y, (x, y) => x - y, Seconds(3), Seconds(1))
    val sortedResults = hashtagCounts.transform(rdd => rdd.sortBy(x => x._2, false))
    sortedResults.print(10)
    ssc.start()
    ssc.awaitTermination()
  }
}
