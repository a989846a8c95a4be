// seen: Spark Streaming programming guide "Deploying applications" (awaitTerminationOrTimeout then stop(stopSparkContext, stopGracefully))
// not-compared: awaitTerminationOrTimeout waits on the wall clock, so how many batches Spark runs before it returns varies
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object StopGracefully {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Stop"), Seconds(1))
    ssc.socketTextStream("localhost", 9999).map(_.length).print()
    ssc.start()
    val stopped = ssc.awaitTerminationOrTimeout(2000)
    println("stopped by itself: " + stopped)
    ssc.stop(stopSparkContext = true, stopGracefully = true)
  }
}
