import org.apache.spark.HashPartitioner
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext, Time}

object NamedArguments {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("named arguments"), Seconds(1))
    ssc.checkpoint("cp")
    val lines = ssc.socketTextStream("localhost", 9999)
    val ones = lines.flatMap(_.split(" ")).map(w => (w, 1))
    ones.reduceByKeyAndWindow(_ + _, _ - _, Seconds(3), Seconds(1), filterFunc = (kv: (String, Int)) => kv._2 != 0).print()
    ones.updateStateByKey(
      (time: Time, word: String, values: Seq[Int], state: Option[String]) =>
        if (values.isEmpty) state else Some(s"${word.length}@${time.milliseconds}x${values.size}"),
      new HashPartitioner(2), true, None).print()
    ones.transform(rdd => rdd.sortBy(_._1, ascending = false)).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
