import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object WordCount {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setAppName("WordCount").setMaster("local[2]")
    val ssc = new StreamingContext(conf, Seconds(1))
    val lines = ssc.socketTextStream("localhost", 9999)

    val words = lines.flatMap(line => line.split(" ").filter(_.nonEmpty))
    val counts = words.map(word => (word, 1)).reduceByKey(_ + _)
    counts.print()

    ssc.start()
    ssc.awaitTermination()
  }
}
