package dev.streamlab.lang.runtime;

/** A compiled pattern: tests a value and, on success, writes its bindings into the frame. */
abstract class PatternNode {

    abstract boolean match(Object value, Frame frame);

    /** Whether it is a sequence rest ({@code _*}, {@code *rest}). */
    boolean isRest() {
        return false;
    }
}
