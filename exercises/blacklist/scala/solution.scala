import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object Blacklist {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("Blacklist")
    val ssc = new StreamingContext(conf, Seconds(1))
    ssc.sparkContext.setLogLevel("ERROR")
    val lines = ssc.socketTextStream("localhost", 9999)

    // The users who may not take part: (userId, name).
    val blackList = List(("001", "ls"), ("002", "zs"), ("003", "zy"))
    val blackListRDD = ssc.sparkContext.makeRDD(blackList)

    // Each line is "userId url": (userId, url).
    val requests = lines.map { line =>
      val fields = line.split(" ")
      (fields(0), fields(1))
    }

    val allowed = requests.transform { rdd =>
      rdd.leftOuterJoin(blackListRDD)
        .filter { case (_, (_, listed)) => listed.isEmpty }
        .map { case (userId, (url, _)) => (userId, url) }
    }
    allowed.print()

    ssc.start()
    ssc.awaitTermination()
  }
}
