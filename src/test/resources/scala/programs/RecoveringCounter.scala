// A program in the style of Spark's streaming examples: checkpoint recovery, typed foreachRDD, program arguments.
package lab.streaming

import java.io.File
import org.apache.spark.SparkConf
import org.apache.spark.rdd.RDD
import org.apache.spark.streaming.{Time, Seconds, StreamingContext}
import org.apache.spark.streaming.StreamingContext._

object RecoveringCounter {

  def buildContext(host: String, port: Int, checkpointDir: String) = {
    println("Building a fresh context")
    val report = new File(checkpointDir)
    if (report.exists()) report.delete()
    val ssc = new StreamingContext(new SparkConf().setAppName("RecoveringCounter"), Seconds(2))
    ssc.checkpoint(checkpointDir)
    val pairs = ssc.socketTextStream(host, port).flatMap(_.split(" ")).map(w => (w, 1)).reduceByKey(_ + _)
    pairs.foreachRDD((rdd: RDD[(String, Int)], time: Time) => {
      val line = "At " + time + ": " + rdd.collect().mkString("[", ", ", "]")
      println(line)
    })
    ssc
  }

  def main(args: Array[String]) {
    if (args.length != 3) {
      System.err.println(
        """
          |Usage: RecoveringCounter <host> <port> <checkpoint-dir>
          |  the port must be a number
        """.stripMargin
      )
      System.exit(1)
    }
    val Array(host, IntParam(port), checkpointDir) = args
    val ssc = StreamingContext.getOrCreate(checkpointDir,
      () => {
        buildContext(host, port, checkpointDir)
      })
    ssc.start()
    ssc.awaitTermination()
  }
}
