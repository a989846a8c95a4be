package dev.streamlab.lang.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stream operation Scala's compiler would reject is reported at the call that created the stream (its creation
 * site), with the lab's advice, not where the program waits for its batches; in Python with Python's exception.
 */
class StreamCallSiteErrorsTest {

    private static final String SCALA = """
            import org.apache.spark.SparkConf
            import org.apache.spark.streaming._

            object Words {
              def main(args: Array[String]): Unit = {
                val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("w"), Seconds(1))
                val lines = ssc.socketTextStream("localhost", 9999)
                val counts = lines.flatMap(_.split(" "))%s
                counts.print()
                ssc.start()
                ssc.awaitTermination()
              }
            }
            """;

    private static final String PYTHON = """
            from pyspark import SparkContext
            from pyspark.streaming import StreamingContext
            ssc = StreamingContext(SparkContext("local[2]", "w"), 1)
            lines = ssc.socketTextStream("localhost", 9999)
            counts = lines.flatMap(lambda l: l.split(" "))%s
            counts.pprint()
            ssc.start()
            ssc.awaitTermination()
            """;

    @TempDir
    Path folder;

    private SparkProgram run(String file, String template, String pipeline, String stream) {
        return SparkProgram.run(file, template.formatted(pipeline), stream, 2, folder);
    }

    @Test
    void scalaKeyValueOperationOnWordsIsReportedAtTheCall() {
        SparkProgram run = run("Words.scala", SCALA, ".reduceByKey(_ + _)", "a b\n");
        assertThat(run.outcome.error().position().line()).isEqualTo(8);
        assertThat(run.error()).isEqualTo("""
                Words.scala:8:46: reduceByKey works on a stream of (key, value) pairs, but this stream holds \
                elements such as a
                    val counts = lines.flatMap(_.split(" ")).reduceByKey(_ + _)
                                                             ^
                reduceByKey, groupByKey, joins and the state operations work on (key, value) pairs: map each \
                element to a pair first, e.g. map(w => (w, 1)).""");
        assertThat(run.outcome.error().render(Locale.FRENCH)).contains("des éléments comme a")
                .doesNotContain("java.lang");
    }

    @Test
    void reduceFunctionOfOneArgumentIsRefusedAtTheCallBeforeAnyBatch() {
        SparkProgram scala = run("Words.scala", SCALA, ".map(w => (w, 1)).reduceByKey(x => x)", "a b\n");
        SparkProgram python = run("words.py", PYTHON, ".map(lambda w: (w, 1)).reduceByKey(lambda a: a)", "a b\n");
        assertThat(scala.stdout() + python.stdout()).isEmpty();
        assertThat(scala.error()).startsWith("Words.scala:8:63: reduceByKey needs a function of two arguments, "
                + "but the one given takes 1");
        assertThat(python.error()).startsWith("words.py:5:70: TypeError: <lambda>() takes 1 positional argument "
                + "but 2 were given");
    }

    @Test
    void pythonRaisesWhatPySparksWorkerRaisesAtTheCallsLine() {
        SparkProgram run = run("words.py", PYTHON, ".reduceByKey(lambda a, b: a + b)", "a b\n");
        assertThat(run.error()).startsWith("words.py:5:48: ValueError: not enough values to unpack "
                + "(expected 2, got 1)");
        SparkProgram numbers = run("words.py", PYTHON, ".map(len).groupByKey()", "a b\n");
        assertThat(numbers.error()).startsWith("words.py:5:57: TypeError: cannot unpack non-iterable int object");
    }

    @Test
    void pairsFlowAsBefore() {
        SparkProgram run = run("Words.scala", SCALA, ".map(w => (w, 1)).reduceByKey(_ + _)", "a b a\n")
                .succeeded();
        assertThat(run.stdout()).contains("(a,2)");
    }

    @Test
    void joiningAStreamWithAnRddIsReportedAtTheJoinWithTheWayToDoIt() {
        String scala = run("Words.scala", SCALA,
                ".map((_, 1)).join(ssc.sparkContext.parallelize(Seq((\"a\", 1))))", "a b\n").error();
        String python = run("words.py", PYTHON,
                ".map(lambda w: (w, 1)).join(ssc.sparkContext.parallelize([(\"a\", 1)]))", "a b\n").error();
        assertThat(scala).startsWith("Words.scala:8:58: join takes a DStream here, not an RDD: to combine each batch"
                + " with an RDD, use transform");
        assertThat(python).startsWith("words.py:5:70: join takes a DStream here, not an RDD");
        assertThat(scala + python).doesNotContain("dev.streamlab", "java.lang", "ClassCast");
    }
}
