package dev.streamlab.lang.python;

/** Python's {@code ...} ({@code Ellipsis}): seed fragments leave it where code is elided. */
public enum PyEllipsis implements PyPrintable, PyTyped {
    INSTANCE;

    @Override
    public String pyRepr() {
        return "Ellipsis";
    }

    @Override
    public String pyTypeName() {
        return "ellipsis";
    }
}
