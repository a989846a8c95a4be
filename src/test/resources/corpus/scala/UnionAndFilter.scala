// seen: Spark Streaming programming guide "Level of Parallelism in Data Receiving" (multiple socket streams unioned)
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object UnionAndFilter {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Union"), Seconds(1))
    val numStreams = 2
    val kafkaLikeStreams = (1 to numStreams).map(i => ssc.socketTextStream("localhost", 9998 + i))
    val unifiedStream = ssc.union(kafkaLikeStreams)
    unifiedStream.filter(_.nonEmpty).map(_.split(" ").length).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
