package dev.streamlab.bench;

import dev.streamlab.engine.PrintFormat;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.dstream.SocketInputDStream;
import dev.streamlab.lang.Dialect;
import dev.streamlab.lang.spark.Driver;
import dev.streamlab.lang.runtime.Budget;
import dev.streamlab.lang.runtime.RunEnvironment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Word count written by a student, interpreted, next to the same pipeline with Java lambdas, on batches of 10,000
 * lines (100,000 words): the ratio of the two is the interpreter's overhead on the per-record path.
 * Run: {@code ./mvnw -Pbench -DskipTests test-compile exec:exec@jmh -Djmh.args=InterpretedWordCount}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class InterpretedWordCountBenchmark {

    static final int LINES = 10_000;
    static final List<String> BATCH = WordBatches.lines(LINES, 7);

    /** One context with its socket, and the run budget the interpreter charges (null for Java lambdas). */
    abstract static class Pipeline {
        StreamingContext ssc;
        SocketInputDStream lines;
        Budget budget;

        /** Runs the program's main code (it builds and starts its context) with a real Spark driver. */
        void build(Dialect dialect, String program) {
            budget = Budget.defaults();
            Driver driver = Driver.replaying(dialect.language(), null, 0, new NullSink(), ZoneId.of("UTC"),
                    Path.of(System.getProperty("java.io.tmpdir")));
            dialect.compile(program, "bench", Map.of()).run(new RunEnvironment(List.of(), driver.console(), budget)
                    .withService(Driver.class, driver));
            ssc = driver.streamingContext();
            lines = (SocketInputDStream) ssc.inputs().get(0);
        }

        Object runBatch() {
            BATCH.forEach(lines::offer);
            if (budget != null) {
                budget.startBatch(1);
            }
            return ssc.advance();
        }
    }

    @State(Scope.Thread)
    public static class JavaLambdas extends Pipeline {
        @Setup
        public void setUp() {
            ssc = EngineBenchmark.context();
            lines = ssc.socketTextStream("localhost", 9999);
            EngineBenchmark.counts(lines).print(10, PrintFormat.JVM_TO_STRING);
            ssc.start();
        }
    }

    @State(Scope.Thread)
    public static class ScalaProgram extends Pipeline {
        @Setup
        public void setUp() {
            build(Dialect.SCALA, """
                    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]"), Seconds(1))
                    val lines = ssc.socketTextStream("localhost", 9999)
                    lines.flatMap(_.split(" ")).map((_, 1)).reduceByKey(_ + _).print()
                    ssc.start()
                    """);
        }
    }

    @State(Scope.Thread)
    public static class PythonProgram extends Pipeline {
        @Setup
        public void setUp() {
            build(Dialect.PYTHON, """
                    from pyspark import SparkContext
                    from pyspark.streaming import StreamingContext
                    ssc = StreamingContext(SparkContext("local[2]", "bench"), 1)
                    lines = ssc.socketTextStream("localhost", 9999)
                    lines.flatMap(lambda l: l.split(" ")).map(lambda w: (w, 1)).reduceByKey(lambda a, b: a + b).pprint()
                    ssc.start()
                    """);
        }
    }

    @Benchmark
    public Object javaLambdas(JavaLambdas pipeline) {
        return pipeline.runBatch();
    }

    @Benchmark
    public Object scalaInterpreted(ScalaProgram pipeline) {
        return pipeline.runBatch();
    }

    @Benchmark
    public Object pythonInterpreted(PythonProgram pipeline) {
        return pipeline.runBatch();
    }
}
