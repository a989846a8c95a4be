// seen: Learning Spark ch.4 pair RDD operations (countByKey, collectAsMap, lookup, values.sum) used in foreachRDD
// input: clicks.stream
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object PairRddFunctionsInForeach {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("PairRdd"), Seconds(1))
    val byUser = ssc.socketTextStream("localhost", 9999).map(_.split(",")).map(a => (a(0), a(2).toInt))
    byUser.foreachRDD { rdd =>
      println(rdd.countByKey().toSeq.sortBy(_._1).mkString(" "))
      println(rdd.lookup("alice").sorted.mkString(","))
      println(rdd.values.sum())
    }
    ssc.start()
    ssc.awaitTermination()
  }
}
