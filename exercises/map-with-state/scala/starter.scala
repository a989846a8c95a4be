import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, State, StateSpec, StreamingContext}

object MapWithStateWordCount {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setMaster("local[2]").setAppName("mapWithState")
    val ssc = new StreamingContext(conf, Seconds(1))
    ssc.checkpoint("checkpoint")
    val lines = ssc.socketTextStream("localhost", 9999)

    // For each word of the batch, (word, its total so far), with mapWithState
    ...

    ssc.start()
    ssc.awaitTermination()
  }
}
