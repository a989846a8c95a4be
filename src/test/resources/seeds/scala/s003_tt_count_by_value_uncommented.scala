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

    val dStream5 = ssc.socketTextStream("spark", 7777)

    dStream5
      .flatMap(_.split(" "))
      .countByValue() // 统计mico batch中相同元素出现的个数(Word,Long)
      .print()

    ssc.start()
    ssc.awaitTermination()
  }
}
