package dev.streamlab.lang.python;

/** Python's {@code NotImplemented}: what a rich comparison returns to let the other operand answer. */
public enum PyNotImplemented implements PyPrintable, PyTyped {
    INSTANCE;

    @Override
    public String pyRepr() {
        return "NotImplemented";
    }

    @Override
    public String pyTypeName() {
        return "NotImplementedType";
    }
}
