// seen: Neil1302/SparkSourceCode TestMapWithState.scala (StateSpec.function(mappingFunc _).timeout, isTimingOut)
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, State, StateSpec, StreamingContext}

object MapWithStateTimeout {
  def mappingFunc(key: String, value: Option[Int], state: State[Int]): Option[(String, Int)] = {
    val sum = value.getOrElse(0) + state.getOption().getOrElse(0)
    if (state.isTimingOut()) println(key + " is timing out")
    else state.update(sum)
    Some((key, sum))
  }

  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("TestMapWithState").setMaster("local[2]"), Seconds(1))
    ssc.checkpoint("chk")
    val spec = StateSpec.function(mappingFunc _).timeout(Seconds(2))
    ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).map((_, 1)).mapWithState(spec).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
