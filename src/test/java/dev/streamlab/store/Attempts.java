package dev.streamlab.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Graded attempts as grading reports them, for storage tests. */
final class Attempts {

    private Attempts() {
    }

    static TestVerdict pass(String test) {
        return new TestVerdict(test, false, "passed", null, null, null, List.of(), List.of(), List.of(), List.of());
    }

    static TestVerdict failAt(String test, int batch, List<String> expected, List<String> got) {
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(got);
        List<String> extra = new ArrayList<>(got);
        extra.removeAll(expected);
        return new TestVerdict(test, false, "failed", batch, "batch " + batch + " differs", null, expected, got,
                missing, extra);
    }

    static TestVerdict hiddenFail(String test, int batch, String hint) {
        return new TestVerdict(test, true, "failed", batch, "batch " + batch + " differs", hint, List.of("(secret,1)"),
                List.of("(secret,2)"), List.of("(secret,1)"), List.of("(secret,2)"));
    }

    static StoredSubmission of(String studentId, String exercise, Instant at, List<TestVerdict> verdicts) {
        int passed = (int) verdicts.stream().filter(TestVerdict::passed).count();
        String verdict = passed == verdicts.size() ? "passed" : "failed";
        return new StoredSubmission(UUID.randomUUID().toString(), studentId, exercise, "scala",
                "object WordCount { /* attempt at " + at + " */ }", at, at.plusMillis(12), at.toEpochMilli(),
                (double) passed / verdicts.size(), passed, verdicts.size(), verdict,
                verdicts.stream().filter(v -> !v.passed()).map(TestVerdict::message).findFirst().orElse(""),
                verdicts);
    }
}
