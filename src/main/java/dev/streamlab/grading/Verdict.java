package dev.streamlab.grading;

import java.util.List;

/**
 * The full verdict of one test a student may see in detail (a visible or a generated one). Messages are already in
 * the language grading was asked for.
 */
public sealed interface Verdict {

    /** {@code passed}, {@code failed}, {@code error} or {@code over-budget}. */
    String kind();

    /** What happened, for the student; may span lines (an error's source line and caret). */
    String message();

    default boolean passed() {
        return this instanceof Passed;
    }

    record Passed(String message) implements Verdict {
        @Override
        public String kind() {
            return "passed";
        }
    }

    /**
     * The first batch whose graded output differs from the reference's.
     *
     * @param batch    1-based batch number
     * @param time     the batch time in milliseconds (batch n at n · interval)
     * @param output   1-based position of the graded output operation
     * @param expected every record the reference's output held then, in printed form (empty if it printed nothing)
     * @param got      every record the submission's output held then
     * @param missing  expected records the submission lacks
     * @param extra    records the submission has beyond the expected ones
     */
    record Failed(Mismatch mismatch, int batch, long time, int output, List<String> expected, List<String> got,
                  List<String> missing, List<String> extra, String message) implements Verdict {

        public Failed {
            expected = List.copyOf(expected);
            got = List.copyOf(got);
            missing = List.copyOf(missing);
            extra = List.copyOf(extra);
        }

        @Override
        public String kind() {
            return "failed";
        }
    }

    /** The student's program failed: the error at their line, rendered with the source line and a caret. */
    record Errored(String message, int line, int column) implements Verdict {
        @Override
        public String kind() {
            return "error";
        }
    }

    /** The sandbox stopped the program: too many steps, calls too deep, too much output or too large a value. */
    record OverBudget(String message) implements Verdict {
        @Override
        public String kind() {
            return "over-budget";
        }
    }

    /** How a failed batch differs. */
    enum Mismatch {
        /** Other records than the reference's. */
        RECORDS,
        /** The reference's records in another order (only when the exercise compares in order). */
        ORDER,
        /** The reference printed at this batch time and the submission did not (a slide or window too long). */
        MISSING_OUTPUT,
        /** The submission printed at a batch time the reference does not print at (a slide too short). */
        UNEXPECTED_OUTPUT
    }
}
