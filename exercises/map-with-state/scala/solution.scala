import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, State, StateSpec, StreamingContext}

object MapWithStateWordCount {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("mapWithState")
    val ssc = new StreamingContext(conf, Seconds(1))
    ssc.checkpoint("checkpoint")
    val lines = ssc.socketTextStream("localhost", 9999)

    // For each word of the batch, (word, its total so far), with mapWithState
    lines.flatMap(_.split(" ").filter(_.nonEmpty)).map((_, 1))
      .mapWithState(StateSpec.function((word: String, one: Option[Int], state: State[Int]) => {
        var sum = 0
        if (state.exists()) {
          sum = state.get() + one.getOrElse(0)
        } else {
          sum = one.getOrElse(0)
        }
        state.update(sum)
        (word, sum)
      }))
      .print()

    ssc.start()
    ssc.awaitTermination()
  }
}
