// seen: student solutions loading a stop-word list with scala.io.Source.fromFile before the stream starts
// expect-refused: scala.io.Source
import scala.io.Source
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object ReadLocalFile {
  def main(args: Array[String]): Unit = {
    val stop = Source.fromFile("/home/student/stopwords.txt").getLines().toSet
    val ssc = new StreamingContext(new SparkConf().setAppName("Stop"), Seconds(1))
    ssc.socketTextStream("localhost", 9999).filter(w => !stop(w)).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
