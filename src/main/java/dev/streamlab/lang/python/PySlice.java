package dev.streamlab.lang.python;

/** A slice {@code lower:upper:step} (each part None when absent), resolved against a length as CPython does. */
public record PySlice(Object lower, Object upper, Object step) implements PyPrintable, PyTyped {

    /** start, stop, step and the number of selected items for a sequence of {@code length}. */
    public record Bounds(int start, int stop, int step, int count) {
    }

    public Bounds bounds(int length) {
        long stepValue = step == null ? 1 : indexValue(step);
        if (stepValue == 0) {
            throw PyErrors.valueError("slice step cannot be zero");
        }
        long start;
        long stop;
        if (stepValue > 0) {
            start = lower == null ? 0 : clamp(indexValue(lower), length, 0, length);
            stop = upper == null ? length : clamp(indexValue(upper), length, 0, length);
        } else {
            start = lower == null ? length - 1 : clamp(indexValue(lower), length, -1, length - 1);
            stop = upper == null ? -1 : clamp(indexValue(upper), length, -1, length - 1);
        }
        long count;
        if (stepValue > 0) {
            count = start < stop ? (stop - start + stepValue - 1) / stepValue : 0;
        } else {
            count = start > stop ? (start - stop - stepValue - 1) / -stepValue : 0;
        }
        return new Bounds((int) start, (int) stop, (int) Math.max(Math.min(stepValue, Integer.MAX_VALUE),
                Integer.MIN_VALUE + 1), (int) count);
    }

    private static long clamp(long index, int length, long low, long high) {
        long i = index < 0 ? index + length : index;
        return Math.max(low, Math.min(high, i));
    }

    private static long indexValue(Object value) {
        if (!PyInts.isInt(value)) {
            throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        Object canonical = PyInts.canonical(value);
        if (canonical instanceof Long l) {
            return Math.max(Math.min(l, Integer.MAX_VALUE), -(long) Integer.MAX_VALUE);
        }
        return PyInts.signum(canonical) < 0 ? -(long) Integer.MAX_VALUE : Integer.MAX_VALUE;
    }

    @Override
    public String pyRepr() {
        return "slice(" + PyRepr.repr(lower) + ", " + PyRepr.repr(upper) + ", " + PyRepr.repr(step) + ")";
    }

    @Override
    public String pyTypeName() {
        return "slice";
    }
}
