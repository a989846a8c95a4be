package dev.streamlab.store;

import java.time.Instant;
import java.util.List;

/** A graded attempt as stored: what was submitted, on which generated streams, and every test's verdict. */
public record StoredSubmission(String id, String studentId, String exerciseId, String dialect, String code,
                               Instant submittedAt, Instant gradedAt, long streamSeed, double score, int passed,
                               int total, String verdict, List<TestVerdict> verdicts) {

    public StoredSubmission {
        verdicts = List.copyOf(verdicts);
    }

    public boolean allPassed() {
        return total > 0 && passed == total;
    }
}
