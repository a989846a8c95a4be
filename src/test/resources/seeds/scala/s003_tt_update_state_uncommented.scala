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

    ssc.checkpoint("hdfs://spark:9000/checkpoint2")
    val dStream10 = ssc.socketTextStream("spark", 9999)
    dStream10
      .flatMap(_.split(" "))
      .map((_, 1))
      // 状态数据 k v
      // values: 代表微批RDD 中 key相同的value的集合
      // state: 累积的状态数据
      .updateStateByKey((values: Seq[Int], state: Option[Int]) => {  // 如果需要进行带状态计算 必须设置检查点目录
          Some(values.size + state.getOrElse(0))  // None  没有值
      }) // 返回一个带状态的DStream 通俗理解：状态全量输出【状态数据】
      .print()

    ssc.start()
    ssc.awaitTermination()
  }
}
