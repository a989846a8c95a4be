package dev.streamlab.grading;

import dev.streamlab.lang.Dialect;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Grading one Scala submission of the course's windowed-word-count, correct and written differently from the
 * reference (every test stream, visible and hidden, plus one generated variant of each visible stream with a new
 * seed every time, so the variants' reference runs are never cached), as
 * a latency distribution (JMH's sample mode gives the median and p99); and 100 submissions submitted at once to a
 * grading queue of two workers, until the last one is graded.
 * Run: {@code ./mvnw -Pbench -DskipTests test-compile exec:exec@jmh -Djmh.args="GradingBenchmark"}.
 */
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class GradingBenchmark {

    @State(Scope.Benchmark)
    public static class Grading {
        final Grader grader = new Grader();
        final GradedExercise exercise = BenchExercise.windowedWordCount(Dialect.SCALA);
        final Submission submission = BenchExercise.submission(Dialect.SCALA);
        long seed;
        GradingQueue queue;

        @Setup(Level.Trial)
        public void start() {
            queue = new GradingQueue(grader, 2, 256);
        }

        @TearDown(Level.Trial)
        public void stop() {
            queue.close();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public GradeResult gradeOneSubmission(Grading state) {
        GradeResult result = state.grader.grade(state.exercise, state.submission, Locale.ENGLISH, ++state.seed);
        if (!result.allPassed()) {
            throw new IllegalStateException("the benchmark's submission must pass: " + result.detail());
        }
        return result;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, batchSize = 1)
    @Measurement(iterations = 10, batchSize = 1)
    public List<GradeResult> hundredSubmissionsAtOnce(Grading state) throws Exception {
        List<CompletableFuture<GradeResult>> results = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            results.add(state.queue.submit(state.exercise, state.submission, Locale.ENGLISH, ++state.seed).result());
        }
        List<GradeResult> graded = new ArrayList<>();
        for (CompletableFuture<GradeResult> result : results) {
            graded.add(result.get(10, TimeUnit.MINUTES));
        }
        return graded;
    }
}
