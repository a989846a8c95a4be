import org.apache.spark.SparkConf
import org.apache.spark.rdd.RDD
import org.apache.spark.streaming.{Seconds, StreamingContext}

object StreamToRddJoin {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("join basic example")
    val ssc = new StreamingContext(conf, Seconds(5))
    val lines = ssc.socketTextStream("localhost", 9999)
    val stream = lines.map(line => (line.split(" ")(0), line))
val dataset: RDD[(String, String)] = ssc.sparkContext.parallelize(Seq(("001", "ls"), ("002", "zs")))
val windowedStream = stream.window(Seconds(20))
val joinedStream = windowedStream.transform { rdd => rdd.join(dataset) }
    joinedStream.print()
    ssc.start()
    ssc.awaitTermination()
  }
}
