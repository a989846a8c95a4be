// seen: Spark Streaming programming guide transformations table (cogroup of two pair DStreams)
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object CogroupStreams {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Cogroup"), Seconds(1))
    val words = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" "))
    val byFirst = words.map(w => (w.head, w))
    val lengths = words.map(w => (w.head, w.length))
    byFirst.cogroup(lengths).mapValues { case (ws, ls) => (ws.size, ls.sum) }.print()
    ssc.start()
    ssc.awaitTermination()
  }
}
