package dev.streamlab.exercise;

import java.util.List;

/**
 * How a submission's output is compared with the reference's.
 *
 * @param ordered   true: each batch's records in order; false: as a multiset
 * @param outputs   the 1-based indices of the graded output operations, in registration order; empty: all of them
 * @param tolerance the absolute tolerance for floating-point numbers
 * @param batches   the number of batches to run; null: the stream file's rule (its batches, then enough empty ones
 *                  for every window to empty)
 */
public record GradingOptions(boolean ordered, List<Integer> outputs, double tolerance, Integer batches) {

    public static final GradingOptions DEFAULTS = new GradingOptions(false, List.of(), 0, null);

    public GradingOptions {
        outputs = List.copyOf(outputs);
    }

    public boolean gradesAllOutputs() {
        return outputs.isEmpty();
    }

    /** Whether output operation {@code index} (1-based) is graded. */
    public boolean grades(int index) {
        return outputs.isEmpty() || outputs.contains(index);
    }
}
