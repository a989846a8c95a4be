import org.apache.spark.SparkConf
import org.apache.spark.streaming._

object SessionCounts {

  // the running total of a word, or nothing once it was quiet for a batch
  def update(newValues: Seq[Int], state: Option[Int]): Option[Int] = state match {
    case Some(total) if newValues.isEmpty => None
    case Some(total) => Some(total + newValues.sum)
    case None => Some(newValues.sum)
  }

  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("sessions")
    val ssc = new StreamingContext(conf, Seconds(1))
    ssc.checkpoint("/tmp/sessions")
    val words = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).filter(_.nonEmpty)
    val pairs = words.map(w => (w, 1))

    pairs.updateStateByKey(update _).print()

    val spec = StateSpec.function { (word: String, one: Option[Int], state: State[Int]) =>
      if (state.isTimingOut()) {
        s"$word left after ${state.get()}"
      } else {
        val seen = state.getOption.getOrElse(0) + one.getOrElse(0)
        state.update(seen)
        s"$word seen $seen time(s)"
      }
    }.timeout(Seconds(2))
    pairs.mapWithState(spec).print()

    words.countByValueAndWindow(Seconds(3), Seconds(1)).filter { case (_, n) => n > 0 }.print()

    ssc.start()
    ssc.awaitTerminationOrTimeout(12000)
    ssc.stop(true, true)
  }
}
