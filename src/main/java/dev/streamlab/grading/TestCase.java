package dev.streamlab.grading;

import dev.streamlab.engine.source.StreamFile;

import java.util.Objects;

/**
 * One test stream of an exercise. A hidden test's input and expected output never leave grading; its author's hint
 * (may be null) is all a student learns when it fails.
 */
public record TestCase(String name, boolean hidden, StreamFile stream, String hint) {

    public TestCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stream, "stream");
    }

    public static TestCase visible(String name, StreamFile stream) {
        return new TestCase(name, false, stream, null);
    }

    public static TestCase hidden(String name, StreamFile stream, String hint) {
        return new TestCase(name, true, stream, hint);
    }
}
