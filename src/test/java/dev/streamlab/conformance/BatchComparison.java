package dev.streamlab.conformance;

import java.util.Objects;
import java.util.Optional;

/** Spark's output against the engine's, batch by batch: the first batch that differs, with both sides. */
final class BatchComparison {

    private BatchComparison() {
    }

    static Optional<String> firstDifference(GoldenFile spark, GoldenFile engine) {
        int common = Math.min(spark.batches().size(), engine.batches().size());
        for (int b = 0; b < common; b++) {
            if (!spark.batches().get(b).equals(engine.batches().get(b))) {
                return Optional.of("batch " + (b + 1) + " differs\n--- Spark printed:\n" + spark.batches().get(b)
                        + "--- the engine printed:\n" + engine.batches().get(b));
            }
        }
        if (spark.batches().size() != engine.batches().size()) {
            return Optional.of("Spark ran " + spark.batches().size() + " batches, the engine "
                    + engine.batches().size() + "; Spark's error: " + spark.error()
                    + "; the engine's: " + engine.error());
        }
        if (!Objects.equals(spark.error(), engine.error())) {
            return Optional.of("batch " + common + " failed differently\n--- Spark: " + spark.error()
                    + "\n--- the engine: " + engine.error());
        }
        return Optional.empty();
    }
}
