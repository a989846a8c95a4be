import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

// what an RDD function does to a driver variable stays in its task: each partition starts from the driver's n
object TaskCopies {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("n"), Seconds(1))
    val lines = ssc.socketTextStream("localhost", 9999)
    var n = 0
    lines.foreachRDD { rdd =>
      val numbered = rdd.repartition(2).map { x => n += 1; s"$n:$x" }.collect().mkString(" ")
      val kept = rdd.filter { x => n += 1; x != "b" }.flatMap(x => Seq(x, x.toUpperCase)).collect().mkString(" ")
      println(s"$numbered | $kept | n = $n")
    }
    ssc.start()
    ssc.awaitTermination()
  }
}
