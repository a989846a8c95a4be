// seen: essential-scala sealed trait + case class hierarchy matched inside a streaming map (course lab on ADTs)
// input: clicks.stream
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

sealed trait Outcome
case class Ok(page: String) extends Outcome
case class Failed(page: String, code: Int) extends Outcome
case object Unknown extends Outcome

object SealedTraitEvents {
  def classify(line: String): Outcome = line.split(",") match {
    case Array(_, page, "200") => Ok(page)
    case Array(_, page, code) if code.forall(_.isDigit) => Failed(page, code.toInt)
    case _ => Unknown
  }

  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("ADT"), Seconds(1))
    val outcomes = ssc.socketTextStream("localhost", 9999).map(classify)
    outcomes.map {
      case Ok(_) => ("ok", 1)
      case Failed(_, code) if code >= 500 => ("server", 1)
      case Failed(_, _) => ("client", 1)
      case Unknown => ("unknown", 1)
    }.reduceByKey(_ + _).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
