import scala.util.Try

import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

// Orderings passed explicitly where Spark takes them implicitly, and a split indexed on the spot
object TopWords {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("top words")
    val ssc = new StreamingContext(conf, Seconds(1))
    val lines = ssc.socketTextStream("localhost", 9999)
    val counts = lines.map(_.split(",")(0).trim).filter(_.nonEmpty).map((_, 1)).reduceByKey(_ + _)
    counts.foreachRDD { rdd =>
      if (!rdd.isEmpty()) {
        println("top: " + rdd.top(2)(Ordering.by(_._2)).mkString(" "))
        println("last: " + rdd.takeOrdered(2)(Ordering[(String, Int)].reverse).mkString(" "))
        println("most: " + rdd.max()(Ordering.by { case (w, c) => (c, w) }))
        println("sorted: " + rdd.collect().sortBy(_._1)(Ordering[String].reverse).mkString(" "))
      }
    }
    lines.map(line => Try(line.split(",")(1).trim.toInt).getOrElse(-1)).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
