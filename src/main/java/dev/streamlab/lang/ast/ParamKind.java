package dev.streamlab.lang.ast;

/**
 * How a parameter takes its arguments: one positional/keyword argument, the rest of the positional arguments
 * (Python {@code *args}, Scala {@code xs: Int*}), the rest of the keyword arguments (Python {@code **kwargs}), or
 * only by keyword (Python parameters after {@code *} or {@code *args}: {@code def f(a, *, b)}).
 */
public enum ParamKind {
    REGULAR,
    VARARGS,
    KWARGS,
    KEYWORD_ONLY
}
