package dev.streamlab.store;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-worker grading queue for the submission flow's tests: a program "passes" when it windows its counts with
 * {@code reduceByKeyAndWindow}; otherwise batch 3 differs the way a missing window makes it differ, and the hidden
 * test fails with its hint. A program containing {@code )))} does not parse. {@link #hold()} keeps the worker busy
 * so that queue places can be seen.
 */
public final class GradingDouble implements GradingPort {

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final AtomicLong enqueued = new AtomicLong();
    private final AtomicLong started = new AtomicLong();
    private volatile CompletableFuture<Void> gate = CompletableFuture.completedFuture(null);

    public static GradeOutcome judge(String code) {
        if (code.contains(")))")) {
            return GradeOutcome.rejected("Main.scala:1:1: unbalanced parentheses, remove the extra ')'");
        }
        if (code.contains("reduceByKeyAndWindow")) {
            return new GradeOutcome(null, 42, 3, 3, "passed", "", List.of(pass("visible-1"), pass("generated-1"),
                    new TestVerdict("hidden-1", true, "passed", null, null, null, null, null, null, null)));
        }
        TestVerdict visible = new TestVerdict("visible-1", false, "failed", 3, "batch 3 (3000 ms) differs",
                null, List.of("(spark,3)", "(stream,2)"), List.of("(spark,1)"), List.of("(spark,3)", "(stream,2)"),
                List.of("(spark,1)"));
        TestVerdict hidden = new TestVerdict("hidden-1", true, "failed", 2, "batch 2 differs: (secret,7)",
                "Count over the last 3 batches, not the current one.", List.of("(secret,7)"), List.of("(secret,1)"),
                List.of("(secret,7)"), List.of("(secret,1)"));
        return new GradeOutcome(null, 42, 1, 3, "failed", "visible-1: batch 3 (3000 ms) differs",
                List.of(visible, pass("generated-1"), hidden));
    }

    private static TestVerdict pass(String test) {
        return new TestVerdict(test, false, "passed", null, null, null, null, null, null, null);
    }

    /** Until {@link #release()}, the worker waits before grading the next submission. */
    public void hold() {
        gate = new CompletableFuture<>();
    }

    public void release() {
        gate.complete(null);
    }

    @Override
    public Ticket enqueue(String exerciseId, String dialect, String code, Locale locale) {
        long number = enqueued.incrementAndGet();
        CompletableFuture<GradeOutcome> outcome = new CompletableFuture<>();
        CompletableFuture<Void> waitFor = gate;
        worker.execute(() -> {
            started.set(number);
            waitFor.join();
            outcome.complete(judge(code));
        });
        return new Ticket() {
            @Override
            public int position() {
                return (int) Math.max(0, number - Math.max(started.get(), 1));
            }

            @Override
            public CompletableFuture<GradeOutcome> outcome() {
                return outcome;
            }
        };
    }
}
