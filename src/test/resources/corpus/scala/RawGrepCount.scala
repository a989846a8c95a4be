// seen: apache/spark examples/.../streaming/RawNetworkGrep.scala (filter(_.contains("the")).count())
import org.apache.spark.SparkConf
import org.apache.spark.streaming._

object RawGrepCount {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("RawNetworkGrep").setMaster("local[2]"), Duration(1000))
    val union = ssc.union(Seq(ssc.socketTextStream("localhost", 9999), ssc.socketTextStream("localhost", 9998)))
    union.filter(_.contains("the")).count().foreachRDD(r => println("Grep count: " + r.collect().mkString))
    ssc.start()
    ssc.awaitTermination()
  }
}
