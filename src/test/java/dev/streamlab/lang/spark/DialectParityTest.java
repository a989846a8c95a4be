package dev.streamlab.lang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.engine.BatchReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same pipeline in Scala and in Python yields the same records in every batch. Records are compared as values
 * ({@link RecordValues}); as multisets where the languages' orders differ (keyed results: JVM hash slots vs Python
 * first arrival, spec §6.3/§6.4), in order where they must agree (narrow operations, windows, sorted results).
 */
class DialectParityTest {

    /** How two batches' records must agree. */
    enum Order { SAME, MULTISET, STDOUT }

    record Pipeline(String name, String scala, String python, String stream, Integer batches, Order order) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String WORDS = """
            a b a c
            b b d
            ---
            a
            ---
            c d d e a
            ---
            ---
            b a
            """;

    /** No empty batch and no trailing ones: where Python prints nothing for an empty batch and Scala prints 0. */
    private static final String BUSY_WORDS = """
            a b a c
            b b d
            ---
            a
            ---
            c d d e a
            ---
            b a
            """;

    private static final String TWO_SOCKETS = """
            a 1
            b 2
            b 3
            --- source localhost:9998
            a x
            c y
            b z
            ---
            c 4
            --- source localhost:9998
            c w
            d v
            ---
            ---
            --- source localhost:9998
            a u
            """;

    static Stream<Pipeline> pipelines() {
        return Stream.of(
                new Pipeline("word count",
                        "lines.flatMap(_.split(\" \")).map(w => (w, 1)).reduceByKey(_ + _).print()",
                        "lines.flatMap(lambda l: l.split(\" \")).map(lambda w: (w, 1))"
                                + ".reduceByKey(lambda a, b: a + b).pprint()",
                        WORDS, null, Order.MULTISET),
                new Pipeline("filter",
                        "lines.filter(_.contains(\"a\")).print()",
                        "lines.filter(lambda l: \"a\" in l).pprint()",
                        WORDS, null, Order.SAME),
                new Pipeline("countByValue",
                        "lines.flatMap(_.split(\" \")).countByValue().print()",
                        "lines.flatMap(lambda l: l.split(\" \")).countByValue().pprint()",
                        WORDS, null, Order.MULTISET),
                new Pipeline("count",
                        "lines.flatMap(_.split(\" \")).count().print()",
                        "lines.flatMap(lambda l: l.split(\" \")).count().pprint()",
                        BUSY_WORDS, 4, Order.SAME),
                new Pipeline("reduce",
                        "lines.map(_.length).reduce(_ + _).print()",
                        "lines.map(len).reduce(lambda a, b: a + b).pprint()",
                        WORDS, null, Order.SAME),
                new Pipeline("window",
                        "lines.flatMap(_.split(\" \")).window(Seconds(2), Seconds(1)).print(100)",
                        "lines.flatMap(lambda l: l.split(\" \")).window(2, 1).pprint(100)",
                        WORDS, null, Order.SAME),
                new Pipeline("reduceByKeyAndWindow without inverse",
                        "lines.flatMap(_.split(\" \")).map((_, 1)).reduceByKeyAndWindow((a: Int, b: Int) => a + b,"
                                + " Seconds(3), Seconds(1)).print()",
                        "lines.flatMap(lambda l: l.split(\" \")).map(lambda w: (w, 1))"
                                + ".reduceByKeyAndWindow(lambda a, b: a + b, None, 3, 1).pprint()",
                        WORDS, null, Order.MULTISET),
                new Pipeline("reduceByKeyAndWindow with inverse and filter",
                        "lines.flatMap(_.split(\" \")).map((_, 1)).reduceByKeyAndWindow(_ + _, _ - _,"
                                + " Seconds(2), Seconds(1), 2, (kv: (String, Int)) => kv._2 != 0).print()",
                        "lines.flatMap(lambda l: l.split(\" \")).map(lambda w: (w, 1))"
                                + ".reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b, 2, 1,"
                                + " filterFunc=lambda kv: kv[1] != 0).pprint()",
                        WORDS, null, Order.MULTISET),
                new Pipeline("reduceByKeyAndWindow with inverse keeps zero counts when W >= 5 S",
                        "lines.flatMap(_.split(\" \")).map((_, 1)).reduceByKeyAndWindow(_ + _, _ - _,"
                                + " Seconds(5), Seconds(1)).print(100)",
                        "lines.flatMap(lambda l: l.split(\" \")).map(lambda w: (w, 1))"
                                + ".reduceByKeyAndWindow(lambda a, b: a + b, lambda a, b: a - b, 5, 1).pprint(100)",
                        WORDS, null, Order.MULTISET),
                new Pipeline("countByWindow",
                        "lines.countByWindow(Seconds(2), Seconds(1)).print()",
                        "lines.countByWindow(2, 1).pprint()",
                        BUSY_WORDS, 4, Order.SAME),
                new Pipeline("reduceByWindow with inverse",
                        "lines.map(_.length).reduceByWindow(_ + _, _ - _, Seconds(2), Seconds(1)).print()",
                        "lines.map(len).reduceByWindow(lambda a, b: a + b, lambda a, b: a - b, 2, 1).pprint()",
                        BUSY_WORDS, 4, Order.SAME),
                new Pipeline("countByValueAndWindow",
                        "lines.flatMap(_.split(\" \")).countByValueAndWindow(Seconds(3), Seconds(1)).print()",
                        "lines.flatMap(lambda l: l.split(\" \")).countByValueAndWindow(3, 1).pprint()",
                        WORDS, null, Order.MULTISET),
                new Pipeline("updateStateByKey",
                        """
                        def update(values: Seq[Int], state: Option[Int]): Option[Int] = Some(values.sum + state.getOrElse(0))
                        lines.flatMap(_.split(" ")).map((_, 1)).updateStateByKey(update _).print()""",
                        """
                        def update(values, state):
                            return sum(values) + (state or 0)
                        lines.flatMap(lambda l: l.split(" ")).map(lambda w: (w, 1)).updateStateByKey(update).pprint()""",
                        WORDS, null, Order.MULTISET),
                new Pipeline("updateStateByKey deleting keys",
                        """
                        lines.flatMap(_.split(" ")).map((_, 1)).updateStateByKey((values: Seq[Int], state: Option[Int]) =>
                          if (values.isEmpty) None else Some(values.size + state.getOrElse(0))).print()""",
                        """
                        lines.flatMap(lambda l: l.split(" ")).map(lambda w: (w, 1)).updateStateByKey(
                            lambda values, state: None if not values else len(values) + (state or 0)).pprint()""",
                        WORDS, null, Order.MULTISET),
                new Pipeline("join of two sockets",
                        "pairs(lines).join(pairs(other)).print()",
                        "pairs(lines).join(pairs(other)).pprint()",
                        TWO_SOCKETS, null, Order.MULTISET),
                new Pipeline("leftOuterJoin",
                        "pairs(lines).leftOuterJoin(pairs(other)).print()",
                        "pairs(lines).leftOuterJoin(pairs(other)).pprint()",
                        TWO_SOCKETS, null, Order.MULTISET),
                new Pipeline("fullOuterJoin",
                        "pairs(lines).fullOuterJoin(pairs(other)).print()",
                        "pairs(lines).fullOuterJoin(pairs(other)).pprint()",
                        TWO_SOCKETS, null, Order.MULTISET),
                new Pipeline("cogroup then mapValues",
                        "pairs(lines).cogroup(pairs(other)).mapValues(v => (v._1.toList.sorted, v._2.toList.sorted))"
                                + ".print()",
                        "pairs(lines).cogroup(pairs(other)).mapValues(lambda v: (sorted(v[0]), sorted(v[1])))"
                                + ".pprint()",
                        TWO_SOCKETS, null, Order.MULTISET),
                new Pipeline("transform with sortBy",
                        "lines.flatMap(_.split(\" \")).map((_, 1)).reduceByKey(_ + _)"
                                + ".transform(rdd => rdd.sortBy(kv => (-kv._2, kv._1))).print()",
                        "lines.flatMap(lambda l: l.split(\" \")).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b)"
                                + ".transform(lambda rdd: rdd.sortBy(lambda kv: (-kv[1], kv[0]))).pprint()",
                        WORDS, null, Order.SAME),
                new Pipeline("foreachRDD with collect",
                        """
                        lines.flatMap(_.split(" ")).map((_, 1)).reduceByKey(_ + _).foreachRDD { rdd =>
                          rdd.map(kv => kv._1 + "=" + kv._2).collect().sorted.foreach(println)
                        }""",
                        """
                        def show(rdd):
                            for line in sorted(rdd.map(lambda kv: kv[0] + "=" + str(kv[1])).collect()):
                                print(line)
                        lines.flatMap(lambda l: l.split(" ")).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b).foreachRDD(show)""",
                        WORDS, null, Order.STDOUT),
                new Pipeline("groupByKey then mapValues to a list",
                        "lines.flatMap(_.split(\" \")).map(w => (w, w.length)).groupByKey().mapValues(_.toList)"
                                + ".print()",
                        "lines.flatMap(lambda l: l.split(\" \")).map(lambda w: (w, len(w))).groupByKey()"
                                + ".mapValues(list).pprint()",
                        WORDS, null, Order.MULTISET),
                new Pipeline("flatMapValues",
                        "pairs(lines).flatMapValues(v => 1 to v.length + 1).print(100)",
                        "pairs(lines).flatMapValues(lambda v: range(1, len(v) + 2)).pprint(100)",
                        TWO_SOCKETS, null, Order.SAME),
                new Pipeline("union",
                        "lines.union(lines.map(_.toUpperCase)).print()",
                        "lines.union(lines.map(lambda l: l.upper())).pprint()",
                        WORDS, null, Order.SAME),
                new Pipeline("repartition",
                        "lines.flatMap(_.split(\" \")).repartition(3).print(100)",
                        "lines.flatMap(lambda l: l.split(\" \")).repartition(3).pprint(100)",
                        WORDS, null, Order.MULTISET),
                new Pipeline("glom",
                        "lines.flatMap(_.split(\" \")).glom().map(_.toList).print()",
                        "lines.flatMap(lambda l: l.split(\" \")).glom().pprint()",
                        WORDS, null, Order.SAME),
                new Pipeline("mapPartitions",
                        "lines.mapPartitions(it => List(it.size).iterator).print()",
                        "lines.mapPartitions(lambda it: [sum(1 for _ in it)]).pprint()",
                        WORDS, null, Order.SAME),
                new Pipeline("averages as doubles",
                        "lines.flatMap(_.split(\" \")).map(w => (w, (w.length.toDouble, 1)))"
                                + ".reduceByKey((a, b) => (a._1 + b._1, a._2 + b._2)).mapValues(s => s._1 / s._2)"
                                + ".print()",
                        "lines.flatMap(lambda l: l.split(\" \")).map(lambda w: (w, (float(len(w)), 1)))"
                                + ".reduceByKey(lambda a, b: (a[0] + b[0], a[1] + b[1]))"
                                + ".mapValues(lambda s: s[0] / s[1]).pprint()",
                        WORDS, null, Order.MULTISET),
                new Pipeline("rightOuterJoin",
                        "pairs(lines).rightOuterJoin(pairs(other)).print()",
                        "pairs(lines).rightOuterJoin(pairs(other)).pprint()",
                        TWO_SOCKETS, null, Order.MULTISET),
                new Pipeline("transformWith a union",
                        "lines.transformWith(other, (a: RDD[String], b: RDD[String]) => a.union(b)).print()",
                        "lines.transformWith(lambda a, b: a.union(b), other).pprint()",
                        TWO_SOCKETS, null, Order.SAME),
                new Pipeline("ssc.union of two sockets",
                        "ssc.union(Seq(lines, other)).map(_.toUpperCase).print()",
                        "ssc.union(lines, other).map(lambda l: l.upper()).pprint()",
                        TWO_SOCKETS, null, Order.SAME),
                new Pipeline("groupByKeyAndWindow then sorted lists",
                        "lines.flatMap(_.split(\" \")).map(w => (w, w.length)).groupByKeyAndWindow(Seconds(2),"
                                + " Seconds(1)).mapValues(_.toList.sorted).print()",
                        "lines.flatMap(lambda l: l.split(\" \")).map(lambda w: (w, len(w)))"
                                + ".groupByKeyAndWindow(2, 1).mapValues(sorted).pprint()",
                        WORDS, null, Order.MULTISET),
                new Pipeline("combineByKey to sums and counts",
                        "lines.flatMap(_.split(\" \")).map(w => (w, 1)).combineByKey((v: Int) => (v, 1),"
                                + " (acc: (Int, Int), v: Int) => (acc._1 + v, acc._2 + 1),"
                                + " (x: (Int, Int), y: (Int, Int)) => (x._1 + y._1, x._2 + y._2),"
                                + " new HashPartitioner(2)).print()",
                        "lines.flatMap(lambda l: l.split(\" \")).map(lambda w: (w, 1)).combineByKey(lambda v: (v, 1),"
                                + " lambda acc, v: (acc[0] + v, acc[1] + 1), lambda x, y: (x[0] + y[0], x[1] + y[1]))"
                                + ".pprint()",
                        WORDS, null, Order.MULTISET),
                new Pipeline("map to pairs and filter on values",
                        "lines.map(l => (l, l.split(\" \").length)).filter(_._2 > 1).print()",
                        "lines.map(lambda l: (l, len(l.split(\" \")))).filter(lambda kv: kv[1] > 1).pprint()",
                        WORDS, null, Order.SAME));
    }

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @MethodSource("pipelines")
    void sameRecordsInEveryBatch(Pipeline pipeline) throws Exception {
        SparkProgram scala = SparkProgram.run("Parity.scala", scalaProgram(pipeline.scala()), pipeline.stream(),
                pipeline.batches(), Files.createDirectories(folder.resolve("scala"))).succeeded();
        SparkProgram python = SparkProgram.run("parity.py", pythonProgram(pipeline.python()), pipeline.stream(),
                pipeline.batches(), Files.createDirectories(folder.resolve("python"))).succeeded();
        if (pipeline.order() == Order.STDOUT) {
            assertThat(python.stdout()).isEqualTo(scala.stdout()).isNotEmpty();
            return;
        }
        List<List<Object>> scalaBatches = records(scala);
        List<List<Object>> pythonBatches = records(python);
        assertThat(pythonBatches).hasSameSizeAs(scalaBatches);
        assertThat(scalaBatches.stream().mapToInt(List::size).sum()).as("records of the whole run").isPositive();
        for (int i = 0; i < scalaBatches.size(); i++) {
            if (pipeline.order() == Order.SAME) {
                assertThat(pythonBatches.get(i)).as("batch %d", i + 1).containsExactlyElementsOf(scalaBatches.get(i));
            } else {
                assertThat(pythonBatches.get(i)).as("batch %d", i + 1)
                        .containsExactlyInAnyOrderElementsOf(scalaBatches.get(i));
            }
        }
    }

    /** The records the program's one output operation saw, batch by batch (none where it had no RDD). */
    private static List<List<Object>> records(SparkProgram run) {
        List<List<Object>> batches = new ArrayList<>();
        for (BatchReport report : run.reports()) {
            List<Object> records = new ArrayList<>();
            report.outputs().forEach(output -> records.addAll(RecordValues.all(output.elements())));
            batches.add(records);
        }
        return batches;
    }

    private static String scalaProgram(String pipeline) {
        return """
                import org.apache.spark.{HashPartitioner, SparkConf}
                import org.apache.spark.rdd.RDD
                import org.apache.spark.streaming.{Seconds, StreamingContext}
                import org.apache.spark.streaming.dstream.DStream

                object Parity {
                  def pairs(s: DStream[String]): DStream[(String, String)] =
                    s.map(_.split(" ")).map(a => (a(0), a(1)))

                  def main(args: Array[String]): Unit = {
                    val ssc = new StreamingContext(new SparkConf().setMaster("local[3]").setAppName("parity"), Seconds(1))
                    ssc.checkpoint("checkpoint")
                    val lines = ssc.socketTextStream("localhost", 9999)
                    val other = ssc.socketTextStream("localhost", 9998)
                %s
                    ssc.start()
                    ssc.awaitTermination()
                  }
                }
                """.formatted(pipeline.indent(4));
    }

    private static String pythonProgram(String pipeline) {
        return """
                from pyspark import SparkContext
                from pyspark.streaming import StreamingContext

                sc = SparkContext("local[3]", "parity")
                ssc = StreamingContext(sc, 1)
                ssc.checkpoint("checkpoint")
                lines = ssc.socketTextStream("localhost", 9999)
                other = ssc.socketTextStream("localhost", 9998)


                def pairs(s):
                    return s.map(lambda l: l.split(" ")).map(lambda a: (a[0], a[1]))


                %s
                ssc.start()
                ssc.awaitTermination()
                """.formatted(pipeline);
    }
}
