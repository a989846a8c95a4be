package dev.streamlab.engine.rdd;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The grouped values of one key. Spark builds them in different collection classes depending on the operator
 * (an ArrayBuffer for the DStream groupByKey, a CompactBuffer for cogroup and the RDD groupByKey), and the class
 * shows when printed, so the buffer remembers which one it stands for.
 */
public final class Buffer extends AbstractList<Object> {

    public enum Kind { ARRAY_BUFFER, COMPACT_BUFFER }

    private final Kind kind;
    private final ArrayList<Object> items;

    public Buffer(Kind kind) {
        this.kind = kind;
        this.items = new ArrayList<>(2);
    }

    public Buffer(Kind kind, List<?> items) {
        this.kind = kind;
        this.items = new ArrayList<>(items);
    }

    public Kind kind() {
        return kind;
    }

    /** Appends during grouping; buffers are not changed once an operator has emitted them. */
    Buffer append(Object item) {
        items.add(item);
        return this;
    }

    Buffer appendAll(Buffer other) {
        items.addAll(other.items);
        return this;
    }

    @Override
    public Object get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }
}
