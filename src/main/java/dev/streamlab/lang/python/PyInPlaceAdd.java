package dev.streamlab.lang.python;

/**
 * A host value with Python's {@code __iadd__}: {@code x += y} changes it in place and {@code x} stays bound to it
 * (PySpark's {@code Accumulator}, whose documented use is {@code global acc; acc += x} inside a worker function).
 */
public interface PyInPlaceAdd {

    Object inPlaceAdd(Object other);
}
