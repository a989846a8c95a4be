package dev.streamlab.lang.spark;

import dev.streamlab.lang.python.PyInPlaceAdd;
import dev.streamlab.lang.python.PyOps;
import dev.streamlab.lang.runtime.MemberHolder;
import dev.streamlab.lang.runtime.RunContext;

/**
 * {@code sc.longAccumulator(name)} (Scala) and {@code sc.accumulator(0)} (Python): a counter tasks add to and the
 * driver reads. Like Spark's, it is not restored from a checkpoint.
 */
public final class Accumulator implements MemberHolder, PyInPlaceAdd {

    private final long id;
    private final String name;
    private Object value;
    private long count;

    Accumulator(long id, String name, Object initial) {
        this.id = id;
        this.name = name;
        this.value = initial;
    }

    public synchronized void add(Object amount, java.util.function.BinaryOperator<Object> plus) {
        value = plus.apply(value, amount);
        count++;
    }

    /** Python's {@code acc += x}, as PySpark's {@code Accumulator.__iadd__}. */
    @Override
    public Object inPlaceAdd(Object other) {
        add(other, PyOps::add);
        return this;
    }

    public synchronized Object value() {
        return value;
    }

    public synchronized void setValue(Object newValue) {
        value = newValue;
    }

    public synchronized long count() {
        return count;
    }

    public synchronized void reset(Object zero) {
        value = zero;
        count = 0;
    }

    @Override
    public Object member(String member, RunContext context) {
        return "value".equals(member) ? value() : null;
    }

    @Override
    public Iterable<String> memberNames() {
        return java.util.List.of("value");
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "LongAccumulator(id: " + id + ", name: " + (name == null ? "None" : "Some(" + name + ")")
                + ", value: " + value + ")";
    }
}
