// seen: apache/spark examples/.../streaming/QueueStream.scala (SynchronizedQueue of RDDs, map(x => (x % 10, 1)))
import scala.collection.mutable
import org.apache.spark.SparkConf
import org.apache.spark.rdd.RDD
import org.apache.spark.streaming.{Seconds, StreamingContext}

object QueueStreamModulo {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("QueueStream").setMaster("local[2]"), Seconds(1))
    val rddQueue = new mutable.Queue[RDD[Int]]()
    val inputStream = ssc.queueStream(rddQueue)
    val mappedStream = inputStream.map(x => (x % 10, 1))
    val reducedStream = mappedStream.reduceByKey(_ + _)
    reducedStream.print()
    for (i <- 1 to 3) {
      rddQueue += ssc.sparkContext.makeRDD(1 to 30, 2)
    }
    ssc.start()
    ssc.awaitTerminationOrTimeout(4000)
    ssc.stop()
  }
}
