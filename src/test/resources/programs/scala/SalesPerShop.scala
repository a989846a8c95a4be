import org.apache.log4j.{Level, Logger}
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}
import org.apache.spark.streaming.dstream.DStream

case class Sale(shop: String, amount: Double)

object SalesPerShop {
  def parse(line: String): Option[Sale] = {
    val parts = line.split(",")
    if (parts.length == 2) (if (parts(1).trim.matches("[0-9.]+")) Some(Sale(parts(0).trim, parts(1).trim.toDouble)) else None) else None
  }

  def totals(sales: DStream[Sale]): DStream[(String, (Double, Int))] =
    sales.map(s => (s.shop, (s.amount, 1))).reduceByKey((a, b) => (a._1 + b._1, a._2 + b._2))

  def main(args: Array[String]): Unit = {
    Logger.getLogger("org").setLevel(Level.ERROR)
    val conf = new SparkConf().setMaster("local[2]").setAppName("sales")
    val ssc = new StreamingContext(conf, Seconds(2))
    val lines = ssc.socketTextStream("localhost", 9999)
    val sales = lines.flatMap(parse)
    val perShop = totals(sales)
    perShop.mapValues { case (sum, n) => sum / n }.print()
    var seen = 0L
    perShop.foreachRDD { rdd =>
      seen += rdd.count()
      for ((shop, (sum, n)) <- rdd.collect().sortBy(_._1)) println(shop + ": " + sum + " over " + n)
      println(s"shops seen so far: $seen")
      println(rdd.map(_._1).collect().toList.sorted)
      val best = rdd.sortBy(_._2._1, false).take(1)
      println("best: " + best.mkString(", "))
    }
    lines.filter(_.nonEmpty).map(_.toLowerCase).window(Seconds(4), Seconds(2)).countByValue().print()
    try {
      ssc.start()
      ssc.awaitTermination()
    } finally {
      ssc.stop()
    }
  }
}
