// seen: hanxuanliang/sparktime src/main/scala/com/hanxuanliang/StatefulWordCount.scala (updateFunc _ with Seq.sum)
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object UpdateStateMethodRef {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("StatefulWordCount").setMaster("local[2]"), Seconds(2))
    ssc.checkpoint(".")
    val result = ssc.socketTextStream("localhost", 6789).flatMap(_.split(" ")).map((_, 1))
    val state = result.updateStateByKey[Int](updateFunc _)
    state.print()
    ssc.start()
    ssc.awaitTermination()
  }

  def updateFunc(currentValues: Seq[Int], preValues: Option[Int]): Option[Int] = {
    val current = currentValues.sum
    val pre = preValues.getOrElse(0)
    Some(current + pre)
  }
}
