// seen: mzumbin/semantix src/main/scala/semantixtest/Parser.scala (a log-line Regex as an extractor in match, per line of a stream)
// input: logs.stream
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object RegexLogLevelsStream {
  val LogLine = """(\S+) (\S+) (INFO|WARN|ERROR) (\w+) (.*)""".r

  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("RegexLevels"), Seconds(1))
    val levels = ssc.socketTextStream("localhost", 9999).flatMap {
      case LogLine(_, _, level, component, _) => Some((s"$level/$component", 1))
      case _ => None
    }
    levels.reduceByKey(_ + _).transform(_.sortByKey()).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
