// seen: apache/spark examples HdfsWordCount + programming guide saveAsTextFiles(prefix, suffix)
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object SaveAsTextFiles {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Save"), Seconds(1))
    val counts = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).map((_, 1)).reduceByKey(_ + _)
    counts.saveAsTextFiles("hdfs://namenode:8020/user/student/wordcounts", "txt")
    counts.count().print()
    ssc.start()
    ssc.awaitTermination()
  }
}
