// seen: apache/spark examples/.../streaming/RecoverableNetworkWordCount.scala (StreamingContext.getOrCreate(checkpoint, createContext))
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object CheckpointGetOrCreate {
  def createContext(checkpointDirectory: String): StreamingContext = {
    println("Creating new context")
    val ssc = new StreamingContext(new SparkConf().setAppName("Recoverable").setMaster("local[2]"), Seconds(1))
    ssc.checkpoint(checkpointDirectory)
    ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).map((_, 1)).reduceByKey(_ + _).print()
    ssc
  }

  def main(args: Array[String]): Unit = {
    val checkpointDirectory = "/tmp/checkpoint"
    val ssc = StreamingContext.getOrCreate(checkpointDirectory, () => createContext(checkpointDirectory))
    ssc.start()
    ssc.awaitTermination()
  }
}
