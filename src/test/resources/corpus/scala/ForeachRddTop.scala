// seen: course lab (rdd.top(3)(Ordering.by(_._2)) and takeOrdered inside foreachRDD)
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object ForeachRddTop {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Top"), Seconds(1))
    val counts = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).map((_, 1)).reduceByKey(_ + _)
    counts.foreachRDD { rdd =>
      println(rdd.top(2)(Ordering.by[(String, Int), (Int, String)](p => (p._2, p._1))).mkString(" "))
      println(rdd.takeOrdered(2).mkString(" "))
    }
    ssc.start()
    ssc.awaitTermination()
  }
}
