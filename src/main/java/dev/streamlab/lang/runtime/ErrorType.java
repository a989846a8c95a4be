package dev.streamlab.lang.runtime;

/**
 * A class of dialect exceptions with its place in the hierarchy, so {@code case e: Exception} and
 * {@code except Exception} match subclasses: {@code java.lang.NumberFormatException} (display name as the JVM prints
 * it) extends {@code java.lang.IllegalArgumentException}; Python's {@code ValueError} extends {@code Exception}.
 * Calling it builds an exception value (Python {@code ValueError("x")}, Scala {@code new Exception("x")}).
 */
public final class ErrorType extends LangFunction {

    private final String qualifiedName;
    private final String simpleName;
    private final ErrorType parent;

    public ErrorType(String qualifiedName, ErrorType parent) {
        this.qualifiedName = qualifiedName;
        this.simpleName = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        this.parent = parent;
    }

    /** As the runtime prints it: {@code java.lang.ArithmeticException}, {@code ValueError}. */
    public String qualifiedName() {
        return qualifiedName;
    }

    public String simpleName() {
        return simpleName;
    }

    public ErrorType parent() {
        return parent;
    }

    public boolean isSubtypeOf(ErrorType other) {
        for (ErrorType t = this; t != null; t = t.parent) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** A new exception value of this type. */
    public ErrorValue create(String message) {
        return new ErrorValue(this, message, null, new Object[] {message});
    }

    public GuestException raise(String message) {
        return new GuestException(create(message));
    }

    @Override
    public String name() {
        return simpleName;
    }

    @Override
    public Object call(Object[] args) {
        String message = args.length == 0 || args[0] == null ? null : String.valueOf(args[0]);
        ErrorValue cause = args.length > 1 && args[1] instanceof ErrorValue c ? c : null;
        return new ErrorValue(this, message, cause, args);
    }

    @Override
    public String toString() {
        return qualifiedName;
    }
}
