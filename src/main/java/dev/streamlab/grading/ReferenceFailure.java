package dev.streamlab.grading;

import dev.streamlab.lang.Dialect;

/** The exercise is broken, not the submission: its reference fails on one of the streams it is graded on. */
public final class ReferenceFailure extends RuntimeException {

    public ReferenceFailure(String exercise, Dialect dialect, String test, String error) {
        super("the " + dialect.name().toLowerCase(java.util.Locale.ROOT) + " reference of exercise " + exercise
                + " fails on test " + test + ": " + error);
    }
}
