package dev.streamlab.grading;

import java.util.Objects;

/**
 * One test's result as a student may see it. A hidden test's result holds nothing but its name, whether it passed
 * and its author's hint: its input, expected output and the submission's output are dropped when it is built, so no
 * caller can show them by accident.
 */
public sealed interface TestResult {

    String name();

    Kind kind();

    boolean passed();

    /** What to show for this test, in one line. */
    String summary();

    enum Kind {
        /** A test stream the student may replay on the page. */
        VISIBLE,
        /** A stream the student never sees. */
        HIDDEN,
        /** A stream generated from a visible one with the submission's seed, against hard-coded output. */
        GENERATED
    }

    /** A visible or generated test, with its full verdict. */
    record Shown(String name, Kind kind, Verdict verdict) implements TestResult {

        public Shown {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(verdict, "verdict");
            if (kind == Kind.HIDDEN) {
                throw new IllegalArgumentException("a hidden test's verdict is never shown");
            }
        }

        @Override
        public boolean passed() {
            return verdict.passed();
        }

        @Override
        public String summary() {
            return OneLine.of(verdict.message());
        }
    }

    /** A hidden test: passed or not, and the author's hint when it failed. */
    record Hidden(String name, boolean passed, String hint, String summary) implements TestResult {

        public Hidden {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(summary, "summary");
        }

        @Override
        public Kind kind() {
            return Kind.HIDDEN;
        }

        /** Keeps only whether {@code verdict} passed; the hint is shown only on failure. */
        static Hidden of(String name, Verdict verdict, String hint, GradingMessages messages) {
            if (verdict.passed()) {
                return new Hidden(name, true, null, messages.get("grading.passed"));
            }
            String summary = hint == null || hint.isBlank() ? messages.get("grading.hidden.failed")
                    : messages.get("grading.hidden.failedHint", hint.strip());
            return new Hidden(name, false, hint, OneLine.of(summary));
        }
    }
}
