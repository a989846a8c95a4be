import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

case class WordCount(word: String, count: Int)

object CaseClassValues {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("case classes")
    val ssc = new StreamingContext(conf, Seconds(5))
    val lines = ssc.socketTextStream("localhost", 9999)
    lines.flatMap(_.split(" "))
      .map((_, 1))
      .reduceByKey(_ + _)
      .map { case (w, c) => WordCount(w, c) }
      .filter(wc => wc.count > 1 || wc.word.startsWith("S"))
      .print()
    ssc.start()
    ssc.awaitTermination()
  }
}
