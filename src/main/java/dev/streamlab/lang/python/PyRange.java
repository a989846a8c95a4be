package dev.streamlab.lang.python;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** {@code range(start, stop, step)}: a lazy sequence of longs. */
public record PyRange(long start, long stop, long step) implements Iterable<Object>, PyPrintable, PyTyped {

    public PyRange {
        if (step == 0) {
            throw PyErrors.valueError("range() arg 3 must not be zero");
        }
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start + step - 1) / step : 0;
        }
        return start > stop ? (start - stop - step - 1) / -step : 0;
    }

    public long get(long index) {
        long i = index < 0 ? index + length() : index;
        if (i < 0 || i >= length()) {
            throw PyErrors.indexError("range object index out of range");
        }
        return start + i * step;
    }

    public boolean contains(Object value) {
        if (!PyInts.isInt(value) || !(PyInts.canonical(value) instanceof Long v)) {
            return false;
        }
        if (step > 0 ? v < start || v >= stop : v > start || v <= stop) {
            return false;
        }
        return (v - start) % step == 0;
    }

    @Override
    public Iterator<Object> iterator() {
        return new Iterator<>() {
            private long next = 0;
            private final long length = length();

            @Override
            public boolean hasNext() {
                return next < length;
            }

            @Override
            public Object next() {
                if (next >= length) {
                    throw new NoSuchElementException();
                }
                return start + step * next++;
            }
        };
    }

    @Override
    public String pyRepr() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }

    @Override
    public String pyTypeName() {
        return "range";
    }
}
