// seen: Databricks notebook / spark-shell style (val ssc = new StreamingContext(sc, Seconds(5)); wordCounts.print)
import org.apache.spark.streaming._
val ssc = new StreamingContext(sc, Seconds(1))
val linesDS = ssc.socketTextStream("localhost", 9999)
val wordCounts = linesDS
  .flatMap(_.split(" "))
  .map(word => (word, 1))
  .reduceByKey(_ + _)
wordCounts.print
ssc.start()
ssc.awaitTerminationOrTimeout(10000)
