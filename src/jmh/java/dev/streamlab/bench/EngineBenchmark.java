package dev.streamlab.bench;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.ManualClock;
import dev.streamlab.engine.PrintFormat;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.dstream.SocketInputDStream;
import dev.streamlab.engine.hash.JvmKeyHashing;
import dev.streamlab.engine.rdd.RddContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The engine with Java lambdas: time per batch of word count and of windowed word count with an inverse function
 * (words per second = lines × 10 / time per batch).
 * Run: {@code ./mvnw -Pbench -DskipTests test-compile exec:exec@jmh -Djmh.args=EngineBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class EngineBenchmark {

    @Param({"1000", "100000"})
    int lines;

    private List<String> batch;
    private StreamingContext wordCount;
    private SocketInputDStream wordCountInput;
    private StreamingContext windowed;
    private SocketInputDStream windowedInput;

    @Setup(Level.Trial)
    public void setUp() {
        batch = WordBatches.lines(lines, 42);
        wordCount = context();
        wordCountInput = wordCount.socketTextStream("localhost", 9999);
        counts(wordCountInput).print(10, PrintFormat.JVM_TO_STRING);
        wordCount.start();

        windowed = context();
        windowed.checkpoint("bench");
        windowedInput = windowed.socketTextStream("localhost", 9999);
        pairs(windowedInput).pairs().reduceByKeyAndWindow((a, b) -> (Integer) a + (Integer) b,
                (a, b) -> (Integer) a - (Integer) b, Duration.seconds(30), Duration.seconds(10), null, null)
                .print(10, PrintFormat.JVM_TO_STRING);
        windowed.start();
    }

    static StreamingContext context() {
        return new StreamingContext(Duration.seconds(1), new ManualClock(),
                new RddContext(2, new JvmKeyHashing()), new NullSink());
    }

    private static DStream<Tuple> pairs(DStream<String> lines) {
        return lines.flatMap(l -> Arrays.asList(l.split(" "))).map(w -> Tuple.pair(w, 1));
    }

    static DStream<Tuple> counts(DStream<String> lines) {
        return pairs(lines).pairs().reduceByKey((a, b) -> (Integer) a + (Integer) b, (Integer) null);
    }

    @Benchmark
    public Object wordCountBatch() {
        batch.forEach(wordCountInput::offer);
        return wordCount.advance();
    }

    @Benchmark
    public Object windowedWordCountWithInverseBatch() {
        batch.forEach(windowedInput::offer);
        return windowed.advance();
    }
}
