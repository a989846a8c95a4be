package dev.streamlab.lang.python;

/** A Python value that names its own type (range, datetime, defaultdict, ...) for {@code type()} and messages. */
public interface PyTyped {

    String pyTypeName();
}
