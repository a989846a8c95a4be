package dev.streamlab.lang.ast;

/**
 * How a parameter takes its arguments: one positional/keyword argument, the rest of the positional arguments
 * (Python {@code *args}, Scala {@code xs: Int*}) or the rest of the keyword arguments (Python {@code **kwargs}).
 */
public enum ParamKind {
    REGULAR,
    VARARGS,
    KWARGS
}
