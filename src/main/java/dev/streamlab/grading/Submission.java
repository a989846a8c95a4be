package dev.streamlab.grading;

import dev.streamlab.lang.Dialect;

import java.util.Objects;

/** A student's program as submitted; {@code fileName} names it in error messages ({@code Main.scala}). */
public record Submission(String source, String fileName, Dialect dialect) {

    public Submission {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(dialect, "dialect");
    }
}
