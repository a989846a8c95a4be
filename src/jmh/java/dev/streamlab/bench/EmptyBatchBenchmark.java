package dev.streamlab.bench;

import dev.streamlab.engine.PrintFormat;
import dev.streamlab.engine.StreamingContext;
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

import java.util.concurrent.TimeUnit;

/**
 * The engine's fixed cost per batch: a word-count context whose socket received nothing (the empty batch still
 * generates its RDDs, runs print's job and prints its header).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class EmptyBatchBenchmark {

    private StreamingContext idle;

    @Setup
    public void setUp() {
        idle = EngineBenchmark.context();
        EngineBenchmark.counts(idle.socketTextStream("localhost", 9999)).print(10, PrintFormat.JVM_TO_STRING);
        idle.start();
    }

    @Benchmark
    public Object emptyBatch() {
        return idle.advance();
    }
}
