import scala.collection.mutable.ArrayBuffer

import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

// The programming guide's "Understanding closures": a driver variable changed inside rdd.foreach
object ClosureCounter {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("closures")
    val ssc = new StreamingContext(conf, Seconds(1))
    val lines = ssc.socketTextStream("localhost", 9999)
    var counter = 0
    val seen = ArrayBuffer[String]()
    val total = ssc.sparkContext.longAccumulator("total")
    lines.foreachRDD { rdd =>
      rdd.foreach(x => counter += 1)
      rdd.foreach(x => seen += x)
      rdd.foreach(x => total.add(1))
      println(s"counter = $counter, seen = ${seen.size}, accumulator = ${total.value}")
    }
    ssc.start()
    ssc.awaitTermination()
  }
}
