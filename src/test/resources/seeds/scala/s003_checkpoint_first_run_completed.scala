import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object FirstRun {
  def main(args: Array[String]): Unit = {
    val checkpointDirectory = "hdfs://gaozhy:9000/checkpoint"
val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("checkpoint"), Seconds(5))   // new context
val lines = ssc.socketTextStream("localhost", 9999) // create DStreams
    lines.flatMap(_.split(" ")).map((_, 1)).updateStateByKey((values: Seq[Int], state: Option[Int]) => Some(values.sum + state.getOrElse(0))).print()
ssc.checkpoint(checkpointDirectory)   // set checkpoint directory
    ssc.start()
    ssc.awaitTermination()
  }
}
