object Fixture {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("Fixture"), Seconds(1))
    val lines = ssc.socketTextStream("localhost", 9999)
    val counts = lines.flatMap(_.split(" ").filter(_.nonEmpty)).map((_, 1)).reduceByKey(_ + _)
    counts.print()
    ssc.start()
    ssc.awaitTermination()
  }
}
