package dev.streamlab.lang.runtime;

/** What a typed pattern ({@code x: Int}, {@code e: NumberFormatException}, {@code except ValueError}) asks. */
@FunctionalInterface
public interface TypeTest {

    boolean matches(Object value);
}
