import scala.util.{Failure, Success, Try}

import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object ParseNumbers {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("numbers")
    val ssc = new StreamingContext(conf, Seconds(1))
    ssc.checkpoint("checkpoint")
    val lines = ssc.socketTextStream("localhost", 9999)

    // students type anything: keep what parses, report the rest
    val parsed = lines.map(line => (line, Try(line.trim.toInt)))
    parsed.map {
      case (line, Success(n)) => s"ok $n"
      case (line, Failure(e)) => s"skipped '$line': ${e.getMessage}"
    }.print()

    val numbers = lines.flatMap(line => Try(line.trim.toInt).toOption)
    numbers.map(n => (if (n % 2 == 0) "even" else "odd", n))
      .updateStateByKey((ns: Seq[Int], total: Option[Int]) => Some(total.getOrElse(0) + ns.sum))
      .print()

    ssc.start()
    ssc.awaitTermination()
  }
}
