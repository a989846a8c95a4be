package dev.streamlab.grading;

import dev.streamlab.engine.Duration;
import dev.streamlab.lang.Dialect;

import java.util.List;
import java.util.Objects;

/**
 * What grading needs of an exercise in one dialect, independent of how exercises are stored: the reference program,
 * the test streams, the comparison rules, and what the exercise promises every program (the sources it feeds, as
 * {@code host:port}, and the batch interval).
 */
public record GradedExercise(String id, Dialect dialect, String reference, List<TestCase> tests, GradingRules rules,
                             List<String> sources, Duration batchInterval) {

    public GradedExercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(batchInterval, "batchInterval");
        tests = List.copyOf(tests);
        sources = List.copyOf(sources);
        if (tests.isEmpty()) {
            throw new IllegalArgumentException("exercise " + id + " has no test stream");
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("exercise " + id + " feeds no source");
        }
    }

    /** The name the reference goes by in its own error messages. */
    String referenceFileName() {
        return dialect == Dialect.SCALA ? "solution.scala" : "solution.py";
    }
}
