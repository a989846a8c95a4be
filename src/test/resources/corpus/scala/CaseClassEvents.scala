// seen: course lab "parse events into a case class, then key by field" (case class + map + reduceByKey)
// input: clicks.stream
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

case class Click(user: String, page: String, status: Int)

object CaseClassEvents {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Clicks"), Seconds(1))
    val clicks = ssc.socketTextStream("localhost", 9999).map { line =>
      val fields = line.split(",")
      Click(fields(0), fields(1), fields(2).toInt)
    }
    clicks.filter(_.status == 200).map(c => (c.page, 1)).reduceByKey(_ + _).print()
    clicks.map(c => c.copy(page = c.page.stripPrefix("/"))).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
