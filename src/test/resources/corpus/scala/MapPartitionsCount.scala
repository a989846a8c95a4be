// seen: Spark RDD programming guide mapPartitions (Iterator(it.size)) used in streaming course labs
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object MapPartitionsCount {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("MapPartitions"), Seconds(1))
    val lines = ssc.socketTextStream("localhost", 9999)
    lines.mapPartitions(it => Iterator(it.size)).print()
    lines.mapPartitions(iter => iter.map(_.toUpperCase)).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
