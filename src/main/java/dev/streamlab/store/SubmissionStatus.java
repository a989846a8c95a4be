package dev.streamlab.store;

import java.util.List;

/**
 * What a student sees of their submission: {@code queued} (with its place), {@code grading}, or {@code done} with the
 * score and the verdicts, hidden tests reduced to passed/failed and a hint. A rejected program is done with its
 * {@code rejection} message; {@code attempt} says whether it counted (a program that does not parse does not).
 */
public record SubmissionStatus(String id, String exerciseId, String state, int position, boolean attempt,
                               Double score, Integer passed, Integer total, String verdict, String rejection,
                               List<TestVerdict> verdicts) {

    static SubmissionStatus waiting(String id, String exerciseId, int position) {
        return new SubmissionStatus(id, exerciseId, position > 0 ? "queued" : "grading", position, true, null, null,
                null, null, null, List.of());
    }

    static SubmissionStatus rejected(String id, String exerciseId, String message) {
        return new SubmissionStatus(id, exerciseId, "done", 0, false, null, null, null, "rejected", message,
                List.of());
    }

    static SubmissionStatus graded(StoredSubmission s) {
        return new SubmissionStatus(s.id(), s.exerciseId(), "done", 0, true, s.score(), s.passed(), s.total(),
                s.verdict(), "rejected".equals(s.verdict()) ? s.detail() : null,
                s.verdicts().stream().map(TestVerdict::forStudent).toList());
    }
}
