import scala.collection.mutable

import org.apache.spark.{SparkConf, SparkContext}
import org.apache.spark.streaming.{Seconds, StreamingContext}

object Snippet {
  def main(args: Array[String]): Unit = {
    val sc = new SparkContext(new SparkConf().setMaster("local[2]").setAppName("snippet"))
{snippet}
    lines.print()
    ssc.start()
    ssc.awaitTermination()
  }
}
