// seen: course labs on broadcast variables in streaming (sc.broadcast(Set(...)), value.contains in filter)
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object BroadcastStopWords {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("StopWords"), Seconds(1))
    val stopWords = ssc.sparkContext.broadcast(Set("the", "is", "and", "with"))
    val words = ssc.socketTextStream("localhost", 9999).flatMap(_.toLowerCase.split("\\s+"))
    words.filter(w => !stopWords.value.contains(w)).map((_, 1)).reduceByKey(_ + _).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
