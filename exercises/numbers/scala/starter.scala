import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}
import org.apache.spark.streaming.dstream.DStream

object Numbers {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("Numbers")
    val ssc = new StreamingContext(conf, Seconds(1))
    ssc.sparkContext.setLogLevel("ERROR")
    val lines = ssc.socketTextStream("localhost", 9999)

    // First output: how many lines the batch holds.
    val lineCount: DStream[Long] = ...
    lineCount.print()

    // Second output: the sum of the batch's numbers.
    val sum: DStream[Int] = ...
    sum.print()

    ssc.start()
    ssc.awaitTermination()
  }
}
