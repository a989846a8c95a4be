package dev.streamlab.store;

import java.util.List;

/**
 * What grading said of a submission. A program that does not parse is not an attempt: {@code notAnAttempt} holds its
 * message at its line. Otherwise the score is {@code passed / total} over every test and generated stream, and
 * {@code detail} is the first failure (or the reason it was not run: another port, no output…) in one line.
 */
public record GradeOutcome(String notAnAttempt, long streamSeed, int passed, int total, String verdict, String detail,
                           List<TestVerdict> verdicts) {

    public GradeOutcome {
        verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
    }

    public static GradeOutcome rejected(String message) {
        return new GradeOutcome(message, 0, 0, 0, "rejected", message, List.of());
    }

    public boolean countsAsAttempt() {
        return notAnAttempt == null;
    }

    public double score() {
        return total == 0 ? 0 : (double) passed / total;
    }
}
