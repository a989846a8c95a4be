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

    val requestStream = ssc.socketTextStream("spark", 9999)

    val blackList = List(("001", "ls"), ("002", "zs"), ("003", "zy"))
    val blackListRDD = ssc.sparkContext.makeRDD(blackList)

    requestStream
      .map(line => {
        val arr = line.split(" ")
        val userId = arr(0)
        val requestUrl = arr(1)
        (userId, requestUrl)
      }) // DStream --->  mapTransformRDD:RDD
      .transform(mapTransformRDD => {
        mapTransformRDD
          .leftOuterJoin(blackListRDD)  // 对转换后的RDD和黑名单的RDD 左外连接
          .filter(t=> t._2._2.isEmpty)  // 判断连接后 是否有值  None
      })
      .print()

    ssc.start()
    ssc.awaitTermination()
  }
}
