// seen: apache/spark examples/.../streaming/HdfsWordCount.scala (ssc.textFileStream(directory))
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object HdfsTextFileStream {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("HdfsWordCount"), Seconds(2))
    val lines = ssc.textFileStream("/user/data/incoming")
    lines.flatMap(_.split(" ")).map(x => (x, 1)).reduceByKey(_ + _).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
