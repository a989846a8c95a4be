import org.apache.spark.{HashPartitioner, SparkConf}
import org.apache.spark.rdd.RDD
import org.apache.spark.streaming._
import org.apache.spark.streaming.dstream.DStream

object Conformance {
  def words(lines: DStream[String]): DStream[String] = lines.flatMap(_.split(" "))
  def ones(lines: DStream[String]): DStream[(String, Int)] = words(lines).map(w => (w, 1))
  def byInitial(lines: DStream[String]): DStream[(String, String)] = words(lines).map(w => (w.take(1), w))
  def sum(values: Seq[Int], state: Option[Int]): Option[Int] = Some(values.sum + state.getOrElse(0))

  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("sample_gap")
    val ssc = new StreamingContext(conf, Seconds(1))
    val lines = ssc.socketTextStream("localhost", 9999)
    words(lines).repartition(2)
      .transform(_.sample(withReplacement = false, fraction = 0.3, seed = 7L).glom().map(_.mkString(" "))).print()
    ssc.start()
    ssc.awaitTermination()
  }
}
