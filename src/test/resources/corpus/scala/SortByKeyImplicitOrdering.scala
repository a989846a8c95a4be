// seen: Spark RDD API docs for sortByKey ("implicit ordering of keys", OrderedRDDFunctions) and PremSharma2/spark-spark BestPracticesForDiffrentOrdering.scala (implicit Ordering of a case class)
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

case class Word(text: String)

object SortByKeyImplicitOrdering {
  implicit val byLength: Ordering[Word] = Ordering.by(w => (w.text.length, w.text))

  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("SortByKeyOrdering"), Seconds(1))
    val counts = ssc.socketTextStream("localhost", 9999)
      .flatMap(_.split(" "))
      .map(w => (Word(w), 1))
      .reduceByKey(_ + _)
    counts.transform(_.sortByKey()).print()
    counts.foreachRDD { rdd =>
      if (!rdd.isEmpty()) println("longest: " + rdd.keys.top(1).head.text)
    }
    ssc.start()
    ssc.awaitTermination()
  }
}
