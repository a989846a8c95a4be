import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object Restart {
  val checkpointDirectory = "hdfs://gaozhy:9000/checkpoint"

  def functionToCreateContext(): StreamingContext = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("checkpoint"), Seconds(5))
    val lines = ssc.socketTextStream("localhost", 9999)
    lines.flatMap(_.split(" ")).map((_, 1)).updateStateByKey((values: Seq[Int], state: Option[Int]) => Some(values.sum + state.getOrElse(0))).print()
    ssc.checkpoint(checkpointDirectory)
    ssc
  }

  def main(args: Array[String]): Unit = {
// Get StreamingContext from checkpoint data or create a new one
val context = StreamingContext.getOrCreate(checkpointDirectory, functionToCreateContext _)
    context.start()
    context.awaitTermination()
  }
}
