// seen: Mageswaran1989/aja scala/tej/src/test/scala/org/aja/tej/examples/spark/rdd/SampleExample.scala (a.sample(false, 0.1, 0)) and hotenglish/StudyInAction spark/SparkInAction/.../TakeSampleExample.scala (rdd1.takeSample(…, 3, 3)), here on each batch
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object SampledWords {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("SampledWords"), Seconds(1))
    val words = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" "))
    words.transform(rdd => rdd.sample(false, 0.5, 0)).print()
    words.foreachRDD { rdd =>
      val picked = rdd.takeSample(false, 3, 3)
      println(s"picked ${picked.mkString(", ")}")
    }
    ssc.start()
    ssc.awaitTermination()
  }
}
