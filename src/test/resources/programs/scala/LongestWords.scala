import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Milliseconds, Seconds, StreamingContext}

trait Cleaner {
  def clean(s: String): String = s.toLowerCase.replaceAll("[^a-z ]", "")
}

class Tokenizer(minLength: Int) extends Cleaner {
  def tokens(line: String): Seq[String] = clean(line).split("\\W+").filter(_.length >= minLength).toSeq
}

object LongestWords {
  def main(args: Array[String]) {
    val conf = new SparkConf().setMaster("local[2]").setAppName("longest")
    val ssc = new StreamingContext(conf, Milliseconds(500))
    ssc.remember(Seconds(10))
    val tokenizer = new Tokenizer(3)
    val lines = ssc.socketTextStream("localhost", 9999)
    val words = lines.flatMap(line => tokenizer.tokens(line))
    words.map(_.length).reduce(_ max _).print()
    words.countByValue().transform(_.sortBy(kv => (-kv._2, kv._1))).print(3)
    words.transform(rdd => rdd.zipWithIndex().map(_.swap)).print()
    lines.foreachRDD(rdd => {
      if (!rdd.isEmpty()) {
        rdd.collect().foreach(println)
      }
    })
    words.map((_, 1)).reduceByKey(_ + _).filter(_._2 > 1).transform(_.sortByKey()).print()
    words.countByWindow(Seconds(1), Milliseconds(500)).print()
    ssc.checkpoint("cp")
    ssc.start()
    ssc.awaitTermination()
  }
}
