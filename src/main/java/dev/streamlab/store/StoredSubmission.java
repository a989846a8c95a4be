package dev.streamlab.store;

import java.time.Instant;
import java.util.List;

/**
 * A graded attempt as stored: what was submitted, on which generated streams, and every test's verdict. {@code verdict}
 * is {@code passed}, {@code failed}, {@code error}, {@code over-budget} or {@code rejected} (a program that parses but
 * is not the exercise's, which still counts as an attempt); {@code detail} is its first failure in one line.
 */
public record StoredSubmission(String id, String studentId, String exerciseId, String dialect, String code,
                               Instant submittedAt, Instant gradedAt, long streamSeed, double score, int passed,
                               int total, String verdict, String detail, List<TestVerdict> verdicts) {

    public StoredSubmission {
        verdicts = List.copyOf(verdicts);
    }

    /** The seed as grading writes it in the names and messages of generated tests. */
    public String streamSeedHex() {
        return Long.toHexString(streamSeed);
    }

    public boolean allPassed() {
        return total > 0 && passed == total;
    }
}
