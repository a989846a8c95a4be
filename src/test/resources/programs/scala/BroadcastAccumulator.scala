import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object BroadcastAccumulator {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("stop words")
    val ssc = new StreamingContext(conf, Seconds(5))
    val sc = ssc.sparkContext
    val stopWords = sc.broadcast(Set("the", "is", "a"))
    val dropped = sc.longAccumulator("dropped")
    val lines = ssc.socketTextStream("localhost", 9999)
    lines.flatMap(_.split(" "))
      .filter { w =>
        val keep = !stopWords.value.contains(w)
        if (!keep) dropped.add(1)
        keep
      }
      .map((_, 1))
      .reduceByKey(_ + _)
      .foreachRDD { rdd =>
        val kept = rdd.map(_._2).fold(0)(_ + _)
        println(s"kept $kept words, dropped ${dropped.value} so far")
      }
    ssc.start()
    ssc.awaitTermination()
  }
}
