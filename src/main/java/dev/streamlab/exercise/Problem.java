package dev.streamlab.exercise;

/**
 * One thing wrong in a course, where it is and what to do about it; prints as
 * {@code file:line: what is wrong — what to do}.
 *
 * @param line 1-based line in {@code file}
 */
public record Problem(String file, int line, String what, String todo) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + what + " \u2014 " + todo;
    }
}
