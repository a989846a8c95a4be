import org.apache.spark.streaming.{Seconds, StreamingContext}

/** One click on the site, as the generator sends it: url, status, zip code and user, tab-separated. */
class PageView(val url: String, val status: Int, val zipCode: Int, val userID: Int) extends Serializable {
  override def toString(): String = "%s\t%s\t%s\t%s".format(url, status, zipCode, userID)
}

object PageView extends Serializable {
  def fromString(in: String): PageView = {
    val parts = in.split("\t")
    new PageView(parts(0), parts(1).toInt, parts(2).toInt, parts(3).toInt)
  }
}

object PageViews {
  def main(args: Array[String]) {
    if (args.length != 3) {
      System.err.println("Usage: PageViews <metric> <host> <port>")
      System.exit(1)
    }
    val metric = args(0)
    val host = args(1)
    val port = args(2).toInt

    val ssc = new StreamingContext("local[2]", "PageViews", Seconds(1),
      "/opt/spark", StreamingContext.jarOfClass(this.getClass).toSeq)

    val pageViews = ssc.socketTextStream(host, port).flatMap(_.split("\n")).map(PageView.fromString(_))

    val pageCounts = pageViews.map(view => view.url).countByValue()

    val statusesPerZipCode = pageViews.window(Seconds(4), Seconds(2))
      .map(view => ((view.zipCode, view.status)))
      .groupByKey()
    val errorRatePerZipCode = statusesPerZipCode.map {
      case (zip, statuses) =>
        val normalCount = statuses.filter(_ == 200).size
        val errorCount = statuses.size - normalCount
        val errorRatio = errorCount.toFloat / statuses.size
        if (errorRatio > 0.05) "%s: **%s**".format(zip, errorRatio) else "%s: %s".format(zip, errorRatio)
    }

    val activeUserCount = pageViews.window(Seconds(4), Seconds(2))
      .map(view => (view.userID, 1))
      .groupByKey()
      .count()
      .map("Unique active users: " + _)

    val userList = ssc.sparkContext.parallelize(Seq(
      1 -> "Ada Lovelace",
      2 -> "Alan Turing",
      3 -> "Grace Hopper"))

    metric match {
      case "pageCounts" => pageCounts.print()
      case "errorRatePerZipCode" => errorRatePerZipCode.print()
      case "activeUserCount" => activeUserCount.print()
      case "popularUsersSeen" =>
        pageViews.map(view => (view.userID, 1))
          .foreachRDD((rdd, time) => rdd.join(userList)
            .map(_._2._2)
            .take(10)
            .foreach(u => println("Saw user %s at time %s".format(u, time))))
      case _ => println("Invalid metric entered: " + metric)
    }

    ssc.start()
    ssc.awaitTermination()
  }
}
