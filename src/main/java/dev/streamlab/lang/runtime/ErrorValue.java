package dev.streamlab.lang.runtime;

/**
 * An exception as a value of the program: what {@code throw}/{@code raise} throws and {@code catch}/{@code except}
 * binds. {@code args} keeps the constructor arguments (Python's {@code e.args}); how it prints is the dialect's
 * business (Scala {@code java.lang.Exception: boom}, Python {@code boom} for str and {@code Exception('boom')} for
 * repr).
 */
public final class ErrorValue {

    private final ErrorType type;
    private final String message;
    private final ErrorValue cause;
    private final Object[] args;

    public ErrorValue(ErrorType type, String message, ErrorValue cause, Object[] args) {
        this.type = type;
        this.message = message;
        this.cause = cause;
        this.args = args.clone();
    }

    public ErrorType type() {
        return type;
    }

    /** Null when constructed without one (Scala {@code getMessage} then returns null). */
    public String message() {
        return message;
    }

    public ErrorValue cause() {
        return cause;
    }

    public Object[] args() {
        return args.clone();
    }

    /** JVM-style {@code Throwable.toString}: the class name, then {@code ": message"} when there is one. */
    @Override
    public String toString() {
        return message == null ? type.qualifiedName() : type.qualifiedName() + ": " + message;
    }
}
