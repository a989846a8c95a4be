package dev.streamlab.lang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RDD attributes PySpark and Spark expose: {@code rdd.context}, {@code ctx}, {@code id()}, names. */
class RddAttributesTest {

    @TempDir
    Path folder;

    @Test
    void pythonRddExposesItsContextAsAPropertyAndKeepsItsName() {
        SparkProgram run = SparkProgram.run("attrs.py", """
                from pyspark import SparkContext
                from pyspark.streaming import StreamingContext
                sc = SparkContext("local[2]", "Attrs")
                ssc = StreamingContext(sc, 1)
                def show(rdd):
                    print(rdd.context, rdd.ctx is rdd.context, rdd.context is sc, rdd.getNumPartitions())
                    print(rdd.name(), rdd.setName("lines").name(), rdd.id() == rdd.id())
                ssc.socketTextStream("localhost", 9999).foreachRDD(show)
                ssc.start()
                ssc.awaitTermination()
                """, "a b\n", 1, folder);
        assertThat(run.outcome.error()).isNull();
        assertThat(run.out).containsExactly("<SparkContext master=local[2] appName=Attrs> True True 1",
                "None lines True");
    }

    @Test
    void scalaRddNamesItselfAndReachesItsContext() {
        SparkProgram run = SparkProgram.run("Attrs.scala", """
                object Attrs {
                  def main(args: Array[String]): Unit = {
                    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("A"), Seconds(1))
                    ssc.socketTextStream("localhost", 9999).foreachRDD { rdd =>
                      println(rdd.name)
                      println(rdd.setName("lines").name)
                      println(rdd.context.appName)
                    }
                    ssc.start()
                    ssc.awaitTermination()
                  }
                }
                """, "a b\n", 1, folder);
        assertThat(run.outcome.error()).isNull();
        assertThat(run.out).containsExactly("null", "lines", "A");
    }
}
