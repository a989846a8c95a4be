package dev.streamlab.engine;

/**
 * An error Spark itself would raise, with the class name and message Spark prints
 * (e.g. {@code java.lang.IllegalArgumentException: requirement failed: …}) and, where we know one,
 * a hint that says what to change.
 */
public class EngineException extends RuntimeException {

    public static final String ILLEGAL_ARGUMENT = "java.lang.IllegalArgumentException";
    public static final String ILLEGAL_STATE = "java.lang.IllegalStateException";
    public static final String EXCEPTION = "java.lang.Exception";
    public static final String SPARK = "org.apache.spark.SparkException";
    public static final String UNSUPPORTED = "java.lang.UnsupportedOperationException";
    public static final String NO_SUCH_ELEMENT = "java.util.NoSuchElementException";

    private final String sparkClassName;
    private final String hint;

    public EngineException(String sparkClassName, String message, String hint) {
        super(message);
        this.sparkClassName = sparkClassName;
        this.hint = hint;
    }

    public EngineException(String sparkClassName, String message, String hint, Throwable cause) {
        super(message, cause);
        this.sparkClassName = sparkClassName;
        this.hint = hint;
    }

    /** Scala's {@code require(cond, msg)}. */
    public static void require(boolean condition, String message, String hint) {
        if (!condition) {
            throw new EngineException(ILLEGAL_ARGUMENT, "requirement failed: " + message, hint);
        }
    }

    public String sparkClassName() {
        return sparkClassName;
    }

    /** What to change, in plain words; may be null. */
    public String hint() {
        return hint;
    }

    /** As Spark prints it: {@code class: message}. */
    public String sparkMessage() {
        return sparkClassName + ": " + getMessage();
    }
}
