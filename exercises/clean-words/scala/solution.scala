import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object CleanWords {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("CleanWords")
    val ssc = new StreamingContext(conf, Seconds(1))
    ssc.sparkContext.setLogLevel("ERROR")
    val lines = ssc.socketTextStream("localhost", 9999)

    // A word is a run of letters or digits in any script; everything else separates words.
    val words = lines.flatMap(_.toLowerCase.split("[^\\p{L}\\p{N}]+")).filter(_.nonEmpty)
    val counts = words.map((_, 1)).reduceByKey(_ + _)
    counts.print()

    ssc.start()
    ssc.awaitTermination()
  }
}
