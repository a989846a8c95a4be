object WordCountApp extends App {
  val conf = new SparkConf().setMaster("local[2]").setAppName("word count")
  val ssc = new StreamingContext(conf, Seconds(5))
  ssc.sparkContext.setLogLevel("ERROR")

  def tokenize(line: String): Array[String] = line.toLowerCase.split("\\s+")

  val lines = ssc.socketTextStream("localhost", 9999)
  val counts = lines.flatMap(tokenize).map(word => (word, 1)).reduceByKey(_ + _)
  counts.print(20)

  ssc.start()
  ssc.awaitTermination()
}
