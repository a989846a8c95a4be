package dev.streamlab.store;

import java.util.List;

/**
 * The stored verdict of one test of a submission. {@code kind} is {@code passed}, {@code failed}, {@code error} or
 * {@code over-budget}; {@code batch} is the first failing batch (1-based) when there is one. For a hidden test only
 * {@link #forStudent()} reaches the student: its input, expected and actual output stay on the server.
 */
public record TestVerdict(String test, boolean hidden, String kind, Integer batch, String message, String hint,
                          List<String> expected, List<String> got, List<String> missing, List<String> extra) {

    public TestVerdict {
        expected = expected == null ? List.of() : List.copyOf(expected);
        got = got == null ? List.of() : List.copyOf(got);
        missing = missing == null ? List.of() : List.copyOf(missing);
        extra = extra == null ? List.of() : List.copyOf(extra);
    }

    public boolean passed() {
        return "passed".equals(kind);
    }

    /** What a student may see: everything of a visible test, only passed/failed and the author's hint of a hidden one. */
    public TestVerdict forStudent() {
        if (!hidden) {
            return this;
        }
        return new TestVerdict(test, true, passed() ? "passed" : "failed", null, null, passed() ? null : hint,
                List.of(), List.of(), List.of(), List.of());
    }
}
