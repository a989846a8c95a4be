package dev.streamlab.lang.python;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What calling a generator function returns. The runtime runs the body eagerly and hands over the yielded values
 * (a lab program's generators are finite and small); like CPython's, it can be iterated only once.
 */
public final class PyGenerator implements Iterator<Object>, Iterable<Object>, PyPrintable, PyTyped {

    private final String name;
    private final List<Object> values;
    private int next;

    public PyGenerator(String name, List<Object> values) {
        this.name = name;
        this.values = values;
    }

    @Override
    public boolean hasNext() {
        return next < values.size();
    }

    @Override
    public Object next() {
        if (next >= values.size()) {
            throw new NoSuchElementException();
        }
        return values.get(next++);
    }

    @Override
    public Iterator<Object> iterator() {
        return this;
    }

    @Override
    public String pyRepr() {
        return "<generator object " + name + " at " + PyRepr.address(this) + ">";
    }

    @Override
    public String pyTypeName() {
        return "generator";
    }
}
