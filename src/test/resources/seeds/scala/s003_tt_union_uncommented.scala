package com.baizhi.streaming

import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, State, StateSpec, StreamingContext}

/**
  * 测试Spark Streaming的操作算子
  */
object TransformationsTest {
  def main(args: Array[String]): Unit = {
    val conf = new SparkConf().setAppName("transformations test").setMaster("local[*]")
    val ssc = new StreamingContext(conf, Seconds(5))

    ssc.sparkContext.setLogLevel("ERROR")

    val dStream1 = ssc.socketTextStream("spark", 7777)
    val dStream2 = ssc.socketTextStream("spark", 8888)
    dStream1.union(dStream2).print()

    ssc.start()
    ssc.awaitTermination()
  }
}
