package dev.streamlab.grading;

import java.util.Objects;

/**
 * How an exercise compares a submission with its reference.
 *
 * @param tolerance absolute tolerance for floating-point numbers in printed records (0: exact)
 * @param batches   a fixed number of batches per run, or null for the stream file's rule (its batches plus enough
 *                  empty ones for every window of the reference to empty)
 */
public record GradingRules(RecordOrder order, GradedOutputs outputs, double tolerance, Integer batches) {

    public GradingRules {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(outputs, "outputs");
        if (tolerance < 0 || Double.isNaN(tolerance)) {
            throw new IllegalArgumentException("tolerance must be 0 or more, not " + tolerance);
        }
        if (batches != null && batches < 1) {
            throw new IllegalArgumentException("a fixed batch count must be at least 1, not " + batches);
        }
    }

    /** The format's defaults: multiset, every print, exact, auto. */
    public static GradingRules defaults() {
        return new GradingRules(RecordOrder.MULTISET, GradedOutputs.allPrints(), 0, null);
    }
}
