// seen: apache/spark examples/.../streaming/clickstream/PageViewStream.scala (countByValue, window + groupByKey error ratio)
// input: clicks.stream
import org.apache.spark.streaming.{Seconds, StreamingContext}
import org.apache.spark.SparkConf

object PageViewCounts {
  case class PageView(user: String, url: String, status: Int)

  def parse(line: String): PageView = {
    val Array(user, url, status) = line.split(",")
    PageView(user, url, status.toInt)
  }

  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("PageViewStream"), Seconds(1))
    val pageViews = ssc.socketTextStream("localhost", 44444).map(parse)
    pageViews.map(view => view.url).countByValue().print()
    val statusesPerUrl = pageViews.window(Seconds(2), Seconds(1)).map(v => (v.url, v.status)).groupByKey()
    val errorRate = statusesPerUrl.map { case (url, statuses) =>
      val normalCount = statuses.filter(_ == 200).size
      val errorCount = statuses.size - normalCount
      val errorRatio = errorCount.toFloat / statuses.size
      if (errorRatio > 0.05) "%s: **%s**".format(url, errorRatio) else "%s: %s".format(url, errorRatio)
    }
    errorRate.print()
    ssc.start()
    ssc.awaitTermination()
  }
}
