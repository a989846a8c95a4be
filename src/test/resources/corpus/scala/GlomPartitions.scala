// seen: course notebook on partitions (repartition, glom().map(_.length), getNumPartitions in foreachRDD)
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object GlomPartitions {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Partitions"), Seconds(1))
    val words = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).repartition(2)
    words.foreachRDD { rdd =>
      println(s"partitions=${rdd.getNumPartitions} sizes=${rdd.glom().map(_.length).collect().mkString(",")}")
    }
    ssc.start()
    ssc.awaitTermination()
  }
}
