// seen: apache/spark examples/.../clickstream/PageViewStream.scala (popularUsersSeen: foreachRDD((rdd, time) => rdd.join(userList)))
// input: clicks.stream
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object ActiveUsersJoin {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Users"), Seconds(1))
    val userList = ssc.sparkContext.parallelize(Seq("alice" -> "Alice Liddell", "bob" -> "Bob Dylan"))
    val views = ssc.socketTextStream("localhost", 9999).map(_.split(",")).map(f => (f(0), 1))
    views.foreachRDD((rdd, time) => rdd.join(userList).map(_._2._2).distinct().collect().sorted
      .foreach(u => println("Saw user %s at time %s".format(u, time))))
    ssc.start()
    ssc.awaitTermination()
  }
}
