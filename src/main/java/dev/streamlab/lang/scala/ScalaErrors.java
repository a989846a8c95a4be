package dev.streamlab.lang.scala;

import dev.streamlab.lang.runtime.ErrorType;
import dev.streamlab.lang.runtime.HostRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JVM and Scala exception classes student code throws and catches, with their real hierarchy and the names the
 * JVM prints ({@code java.lang.NumberFormatException: For input string: "x"}).
 */
public final class ScalaErrors {

    public static final ErrorType THROWABLE = new ErrorType("java.lang.Throwable", null);
    public static final ErrorType ERROR = new ErrorType("java.lang.Error", THROWABLE);
    public static final ErrorType EXCEPTION = new ErrorType("java.lang.Exception", THROWABLE);
    public static final ErrorType RUNTIME = new ErrorType("java.lang.RuntimeException", EXCEPTION);
    public static final ErrorType ILLEGAL_ARGUMENT = new ErrorType("java.lang.IllegalArgumentException", RUNTIME);
    public static final ErrorType NUMBER_FORMAT = new ErrorType("java.lang.NumberFormatException", ILLEGAL_ARGUMENT);
    public static final ErrorType ILLEGAL_STATE = new ErrorType("java.lang.IllegalStateException", RUNTIME);
    public static final ErrorType ARITHMETIC = new ErrorType("java.lang.ArithmeticException", RUNTIME);
    public static final ErrorType NULL_POINTER = new ErrorType("java.lang.NullPointerException", RUNTIME);
    public static final ErrorType CLASS_CAST = new ErrorType("java.lang.ClassCastException", RUNTIME);
    public static final ErrorType UNSUPPORTED = new ErrorType("java.lang.UnsupportedOperationException", RUNTIME);
    public static final ErrorType INDEX_OUT_OF_BOUNDS = new ErrorType("java.lang.IndexOutOfBoundsException", RUNTIME);
    public static final ErrorType ARRAY_INDEX = new ErrorType("java.lang.ArrayIndexOutOfBoundsException",
            INDEX_OUT_OF_BOUNDS);
    public static final ErrorType STRING_INDEX = new ErrorType("java.lang.StringIndexOutOfBoundsException",
            INDEX_OUT_OF_BOUNDS);
    public static final ErrorType NO_SUCH_ELEMENT = new ErrorType("java.util.NoSuchElementException", RUNTIME);
    public static final ErrorType INTERRUPTED = new ErrorType("java.lang.InterruptedException", EXCEPTION);
    public static final ErrorType IO = new ErrorType("java.io.IOException", EXCEPTION);
    public static final ErrorType MATCH_ERROR = new ErrorType("scala.MatchError", RUNTIME);
    public static final ErrorType NOT_IMPLEMENTED = new ErrorType("scala.NotImplementedError", ERROR);
    public static final ErrorType ASSERTION = new ErrorType("java.lang.AssertionError", ERROR);

    private static final Map<String, ErrorType> BY_JAVA_NAME = new LinkedHashMap<>();

    static {
        for (ErrorType type : new ErrorType[] {THROWABLE, ERROR, EXCEPTION, RUNTIME, ILLEGAL_ARGUMENT, NUMBER_FORMAT,
            ILLEGAL_STATE, ARITHMETIC, NULL_POINTER, CLASS_CAST, UNSUPPORTED, INDEX_OUT_OF_BOUNDS, ARRAY_INDEX,
            STRING_INDEX, NO_SUCH_ELEMENT, INTERRUPTED, IO, MATCH_ERROR, NOT_IMPLEMENTED,
            ASSERTION}) {
            BY_JAVA_NAME.put(type.qualifiedName(), type);
        }
    }

    private ScalaErrors() {
    }

    /** The type for a Java exception class name, or a new RuntimeException subtype named after it. */
    static ErrorType forJavaName(String name) {
        ErrorType known = BY_JAVA_NAME.get(name);
        return known != null ? known : new ErrorType(name, RUNTIME);
    }

    /** Exception classes as names: {@code java.lang} ones are visible everywhere, all are importable. */
    static void install(HostRegistry registry) {
        for (ErrorType type : BY_JAVA_NAME.values()) {
            registry.importable(type.qualifiedName(), type);
            if (type.qualifiedName().startsWith("java.lang.") || type.qualifiedName().startsWith("scala.")) {
                registry.global(type.simpleName(), type);
            }
        }
    }
}
