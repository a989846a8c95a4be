// seen: Minsub/SparkStudy src/main/scala/minsub/spark/streaming/WordCountState.scala (mapWithState + initialState)
import org.apache.spark.SparkConf
import org.apache.spark.streaming._

object MapWithStateWordCount {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("Spark Streaming")
    val ssc = new StreamingContext(conf, Seconds(1))
    ssc.checkpoint("checkpoint")
    val initialRDD = ssc.sparkContext.parallelize(List(("hello", 1), ("world", 1)))
    val wordDstream = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).map(x => (x, 1))
    val mappingFunc = (word: String, one: Option[Int], state: State[Int]) => {
      val sum = one.getOrElse(0) + state.getOption.getOrElse(0)
      val output = (word, sum)
      state.update(sum)
      output
    }
    val stateDstream = wordDstream.mapWithState(StateSpec.function(mappingFunc).initialState(initialRDD))
    stateDstream.print()
    ssc.start()
    ssc.awaitTermination()
  }
}
