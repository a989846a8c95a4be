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

    val dStream = ssc.socketTextStream("spark", 6666)
    dStream
      .flatMap(str => str.split(" ")) // 将1个数据展开为0到多个数据
      .repartition(5)  // 动态调整分区数量
      .map(word => (word, 1)) // 将一种类型转换另外的一种类型
      .filter(t => !t._1.equals("Hello")) // 保留符合条件的结果
      .reduceByKey((v1, v2) => v1 + v2) // 将key相同的两个相邻的value进行相加计算
      .print()  // 输出 将DStream处理结果中的前10条记录输出到Console

    ssc.start()
    ssc.awaitTermination()
  }
}
