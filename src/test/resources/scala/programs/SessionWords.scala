// Singleton holders, block lambdas with two typed parameters, builder chains on new lines, stateful updates.
import scala.collection.mutable.Queue
import org.apache.spark.streaming._

object SessionWords {
  def main(args: Array[String]) {
    if (args.length < 2) {
      System.err.println("Usage: SessionWords <host> <port>\n" +
        "Both arguments are required")
      System.exit(1)
    }
    val total = (counts: Seq[Int], previous: Option[Int]) => {
      val now = counts.foldLeft(0)(_ + _)

      val before = previous.getOrElse(0)

      Some(now + before)
    }
    val ssc = new StreamingContext(new SparkConf().setAppName("SessionWords"), Seconds(1))
    val words = ssc.socketTextStream(args(0), args(1).toInt).flatMap(_.split(" "))
    words.foreachRDD { (rdd: RDD[String], time: Time) =>
      val holder = Holder.instance(rdd.sparkContext.getConf)
      import holder.helpers._
      println(s"== $time ==")
    }
    words.map(w => (w, 1)).updateStateByKey[Int](total).print()
    val pending = new Queue[RDD[Int]]()
    ssc.start()
    for (round <- 1 to 3) {
      pending.synchronized {
        pending += ssc.sparkContext.makeRDD(1 to 100, 4)
      }
    }
    ssc.stop()
  }
}

case class Entry(word: String)

object Holder {
  @transient  private var current: Settings = _

  def instance(conf: SparkConf): Settings = {
    if (current == null) {
      current = Settings
        .builder
        .config(conf)
        .build()
    }
    current
  }
}
