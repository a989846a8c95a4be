// seen: apache/spark examples/.../streaming/SqlNetworkWordCount.scala (SparkSession + toDF in foreachRDD)
// expect-refused: sql
import org.apache.spark.SparkConf
import org.apache.spark.sql.SparkSession
import org.apache.spark.streaming.{Seconds, StreamingContext}

object SqlNetworkWordCount {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("SqlNetworkWordCount"), Seconds(2))
    ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).foreachRDD { rdd =>
      val spark = SparkSession.builder.config(rdd.sparkContext.getConf).getOrCreate()
      println(spark)
    }
    ssc.start()
    ssc.awaitTermination()
  }
}
