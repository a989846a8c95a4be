// seen: apache/spark examples/.../streaming/StatefulNetworkWordCount.scala (updateFunc with foldLeft and getOrElse)
import org.apache.spark.SparkConf
import org.apache.spark.streaming._

object StatefulWordCountUpdateFunc {
  def main(args: Array[String]): Unit = {
    val updateFunc = (values: Seq[Int], state: Option[Int]) => {
      val currentCount = values.foldLeft(0)(_ + _)
      val previousCount = state.getOrElse(0)
      Some(currentCount + previousCount)
    }
    val ssc = new StreamingContext(new SparkConf().setAppName("Stateful").setMaster("local[2]"), Seconds(1))
    ssc.checkpoint(".")
    val wordDstream = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).map(x => (x, 1))
    val stateDstream = wordDstream.updateStateByKey[Int](updateFunc)
    stateDstream.print()
    ssc.start()
    ssc.awaitTermination()
  }
}
