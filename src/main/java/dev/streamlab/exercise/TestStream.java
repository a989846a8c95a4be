package dev.streamlab.exercise;

import dev.streamlab.engine.source.StreamFile;

/**
 * One test stream of an exercise: visible ones the student may replay on the page, hidden ones are for grading only.
 *
 * @param name the file name without {@code .stream}
 * @param text the file as written
 */
public record TestStream(String name, boolean hidden, String text, StreamFile stream) {

    /** The path inside the exercise folder: {@code tests/hidden/unicode.stream}. */
    public String path() {
        return "tests/" + (hidden ? "hidden/" : "visible/") + name + ".stream";
    }
}
