package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Position;

/**
 * Carries a dialect exception value up the Java stack: thrown by {@code throw}/{@code raise} and by library code
 * ({@code "x".toInt}, {@code None.get}, division by zero), caught only by the program's own {@code try}. The
 * position is that of the innermost program node the exception crossed, filled in on the way up.
 */
public final class GuestException extends RuntimeException {

    private final ErrorValue value;
    private Position position;

    public GuestException(ErrorValue value) {
        super(null, null, false, false);
        this.value = value;
    }

    public ErrorValue value() {
        return value;
    }

    public Position position() {
        return position;
    }

    public GuestException at(Position where) {
        if (position == null) {
            position = where;
        }
        return this;
    }

    @Override
    public String getMessage() {
        return value.toString();
    }
}
