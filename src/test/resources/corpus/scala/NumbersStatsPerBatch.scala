// seen: streaming course exercise "sum, count and mean of numbers per batch" (map(_.toInt), reduce, count)
// input: numbers.stream
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object NumbersStatsPerBatch {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Numbers"), Seconds(1))
    val numbers = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).map(_.toInt)
    numbers.reduce(_ + _).print()
    numbers.count().print()
    numbers.foreachRDD(rdd => if (rdd.count() > 0) println("mean " + rdd.sum() / rdd.count()))
    numbers.filter(_ % 2 == 0).map(n => (n, n * n)).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
