package dev.streamlab.grading;

/**
 * Why a submission was not graded against the tests at all: something other than its streaming logic. Only a
 * program that does not parse is not counted as an attempt.
 *
 * @param line the line the problem is at, or 0 when it is not at one line
 */
public record Rejection(Reason reason, String message, int line) {

    public enum Reason {
        /** A syntax error: the program never ran. */
        DOES_NOT_PARSE,
        /** It reads a socket source the exercise does not feed (another host or port). */
        OTHER_SOURCE,
        /** It does not read a source the exercise feeds. */
        MISSING_SOURCE,
        /** Its StreamingContext uses another batch interval than the exercise's. */
        OTHER_BATCH_INTERVAL,
        /** It registers no output operation. */
        NO_OUTPUT,
        /** It failed before its first batch, or never started its StreamingContext. */
        DOES_NOT_START
    }

    public boolean countsAsAttempt() {
        return reason != Reason.DOES_NOT_PARSE;
    }
}
