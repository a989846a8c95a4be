import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, State, StateSpec, StreamingContext}

object MapWithStateMethod {

  def trackWord(word: String, one: Option[Int], state: State[Int]): (String, Int) = {
    val total = one.getOrElse(0) + state.getOption().getOrElse(0)
    state.update(total)
    (word, total)
  }

  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("mapWithState")
    val ssc = new StreamingContext(conf, Seconds(5))
    ssc.checkpoint("checkpoint")
    val lines = ssc.socketTextStream("localhost", 9999)
    val totals = lines.flatMap(_.split(" ")).map((_, 1)).mapWithState(StateSpec.function(trackWord _))
    totals.print()
    totals.stateSnapshots().print()
    ssc.start()
    ssc.awaitTermination()
  }
}
