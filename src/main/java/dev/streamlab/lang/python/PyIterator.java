package dev.streamlab.lang.python;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A one-shot Python iterator: what {@code map}, {@code filter}, {@code zip}, {@code enumerate} and {@code iter}
 * return (generators are {@link PyGenerator}s). Lazy where CPython is lazy (a {@code map} calls its function as
 * items are taken). Prints as {@code <map object at 0x7f...>}.
 */
public final class PyIterator implements Iterator<Object>, Iterable<Object>, PyPrintable, PyTyped {

    private final String typeName;
    private final String label;
    private final Iterator<?> source;

    /** {@code label} is what repr shows before the address: {@code map object}, {@code generator object f}. */
    public PyIterator(String typeName, String label, Iterator<?> source) {
        this.typeName = typeName;
        this.label = label;
        this.source = source;
    }

    public static PyIterator of(String typeName, Iterator<?> source) {
        return new PyIterator(typeName, typeName + " object", source);
    }

    @Override
    public boolean hasNext() {
        return source.hasNext();
    }

    @Override
    public Object next() {
        if (!source.hasNext()) {
            throw new NoSuchElementException();
        }
        return source.next();
    }

    @Override
    public Iterator<Object> iterator() {
        return this;
    }

    @Override
    public String pyRepr() {
        return "<" + label + " at " + PyRepr.address(this) + ">";
    }

    @Override
    public String pyTypeName() {
        return typeName;
    }
}
