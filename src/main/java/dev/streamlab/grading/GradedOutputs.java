package dev.streamlab.grading;

import java.util.List;

/**
 * Which output operations are graded: every {@code print()}/{@code pprint()} in registration order (the default),
 * or the output operations of the given 1-based positions among all of the program's output operations
 * ({@code print}, {@code foreachRDD}, {@code saveAsTextFiles}), in registration order.
 */
public record GradedOutputs(List<Integer> positions) {

    private static final GradedOutputs ALL_PRINTS = new GradedOutputs(List.of());

    public GradedOutputs {
        positions = List.copyOf(positions);
        for (int position : positions) {
            if (position < 1) {
                throw new IllegalArgumentException("output positions start at 1, not " + position);
            }
        }
    }

    public static GradedOutputs allPrints() {
        return ALL_PRINTS;
    }

    public static GradedOutputs positions(Integer... positions) {
        return new GradedOutputs(List.of(positions));
    }

    public boolean isAllPrints() {
        return positions.isEmpty();
    }
}
