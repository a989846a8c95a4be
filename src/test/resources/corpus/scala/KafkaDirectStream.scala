// seen: apache/spark examples/.../streaming/DirectKafkaWordCount.scala (KafkaUtils.createDirectStream)
// expect-refused: kafka
import org.apache.spark.SparkConf
import org.apache.spark.streaming._
import org.apache.spark.streaming.kafka010._

object KafkaDirectStream {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("DirectKafkaWordCount"), Seconds(2))
    val messages = KafkaUtils.createDirectStream[String, String](ssc, LocationStrategies.PreferConsistent,
      ConsumerStrategies.Subscribe[String, String](Set("topic"), Map[String, Object]()))
    messages.map(_.value).flatMap(_.split(" ")).map((_, 1L)).reduceByKey(_ + _).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
