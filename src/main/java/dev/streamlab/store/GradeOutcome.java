package dev.streamlab.store;

import java.util.List;

/**
 * What grading said of a submission. A program that does not parse is {@code rejected}: its message names the line,
 * and it is not an attempt. Otherwise the score is {@code passed / total} over every test and generated stream.
 */
public record GradeOutcome(String rejection, long streamSeed, int passed, int total, String verdict,
                           List<TestVerdict> verdicts) {

    public GradeOutcome {
        verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
    }

    public static GradeOutcome rejected(String message) {
        return new GradeOutcome(message, 0, 0, 0, "rejected", List.of());
    }

    public boolean isRejected() {
        return rejection != null;
    }

    public double score() {
        return total == 0 ? 0 : (double) passed / total;
    }
}
