// seen: course forum question "words with accents and emoji in word count" (toLowerCase, split on whitespace)
// input: unicode.stream
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object UnicodeWords {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Unicode"), Seconds(1))
    val words = ssc.socketTextStream("localhost", 9999).flatMap(_.toLowerCase.split("\\s+"))
    words.map(w => (w, w.length)).print()
    println("Listening for ✓ words 🚀")
    ssc.start()
    ssc.awaitTermination()
  }
}
