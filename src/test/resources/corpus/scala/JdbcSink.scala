// seen: course projects writing each batch to MySQL (java.sql.DriverManager.getConnection in foreachPartition)
// expect-refused: java.sql
import java.sql.DriverManager
import org.apache.spark.SparkConf
import org.apache.spark.streaming.{Seconds, StreamingContext}

object JdbcSink {
  def main(args: Array[String]): Unit = {
    val ssc = new StreamingContext(new SparkConf().setAppName("Jdbc"), Seconds(2))
    ssc.socketTextStream("localhost", 9999).foreachRDD(rdd => rdd.foreachPartition { part =>
      val conn = DriverManager.getConnection("jdbc:mysql://localhost/db", "u", "p")
      part.foreach(line => conn.createStatement().execute(s"insert into t values('$line')"))
    })
    ssc.start()
    ssc.awaitTermination()
  }
}
