import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object ForeachRddWithTime {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("foreachRDD")
    val ssc = new StreamingContext(conf, Seconds(5))
    val lines = ssc.socketTextStream("localhost", 9999)
    val counts = lines.flatMap(_.split(" ")).map((_, 1)).reduceByKey(_ + _)
    counts.foreachRDD { (rdd, time) =>
      val top = rdd.collect().sortBy { case (w, c) => (-c, w) }.take(3)
      println(s"== $time: ${rdd.count()} distinct words ==")
      top.foreach { case (word, count) => println(s"$word -> $count") }
    }
    ssc.start()
    ssc.awaitTermination()
  }
}
