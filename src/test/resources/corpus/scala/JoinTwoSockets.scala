// seen: Spark Streaming programming guide "Join Operations" (stream1.join(stream2) on two socket streams)
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object JoinTwoSockets {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Join"), Seconds(1))
    val left = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).map(w => (w, w.length))
    val right = ssc.socketTextStream("localhost", 9998).flatMap(_.split(" ")).map(w => (w, w.toUpperCase))
    left.join(right).print()
    left.leftOuterJoin(right).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
