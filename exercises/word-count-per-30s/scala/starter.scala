import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}
import org.apache.spark.streaming.dstream.{DStream, ReceiverInputDStream}

object Workshop7 {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setAppName("Workshop").setMaster("local[*]")
    val ssc = new StreamingContext(conf, Seconds(1))
    ssc.checkpoint("/tmp/spark")
    val lines: ReceiverInputDStream[String] = ssc.socketTextStream("localhost", 7777)

    // Count the occurrences of each word per 30-second period
    val res: DStream[(String, Int)] = ...

    res.checkpoint(Seconds(90))
    res.foreachRDD(rdd => rdd.foreach(println))
    res.print()

    ssc.start()
    ssc.awaitTermination()
  }
}
