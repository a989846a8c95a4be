package dev.streamlab.conformance

import org.apache.spark.{SparkConf, SparkContext}

/** The one SparkContext of a runner process: `local[2]`, the streaming scheduler on Spark's manual clock. */
object SparkSession {

  def start(): SparkContext = {
    val conf = new SparkConf()
      .setMaster("local[2]")
      .setAppName("streamlab-conformance")
      .set("spark.streaming.clock", "org.apache.spark.util.ManualClock")
      .set("spark.ui.enabled", "false")
      .set("spark.driver.host", "127.0.0.1")
      .set("spark.driver.bindAddress", "127.0.0.1")
    new SparkContext(conf)
  }
}
