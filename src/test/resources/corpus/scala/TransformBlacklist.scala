// seen: Spark Streaming programming guide "Transform Operation" (spam info RDD joined with each batch)
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object TransformBlacklist {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Transform"), Seconds(1))
    val spamInfoRDD = ssc.sparkContext.parallelize(Seq(("the", true), ("is", true)))
    val wordCounts = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).map((_, 1)).reduceByKey(_ + _)
    val cleaned = wordCounts.transform { rdd =>
      rdd.leftOuterJoin(spamInfoRDD).filter { case (_, (_, spam)) => spam.isEmpty }.map { case (w, (n, _)) => (w, n) }
    }
    cleaned.print()
    ssc.start()
    ssc.awaitTermination()
  }
}
