import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object Numbers {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("Numbers")
    val ssc = new StreamingContext(conf, Seconds(1))
    ssc.sparkContext.setLogLevel("ERROR")
    val lines = ssc.socketTextStream("localhost", 9999)

    lines.count().print()
    val numbers = lines.map(_.toInt)
    numbers.reduce(_ + _).print()

    ssc.start()
    ssc.awaitTermination()
  }
}
