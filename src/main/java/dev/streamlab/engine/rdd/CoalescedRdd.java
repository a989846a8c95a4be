package dev.streamlab.engine.rdd;

import java.util.Iterator;
import java.util.List;

/** {@code coalesce(n)} without a shuffle: with no locality to respect, Spark groups adjacent parent partitions. */
final class CoalescedRdd<T> extends Rdd<T> {

    private final Rdd<T> parent;
    private final int numPartitions;

    CoalescedRdd(Rdd<T> parent, int requested) {
        super(parent.context);
        this.parent = parent;
        this.numPartitions = Math.min(requested, parent.numPartitions());
    }

    @Override
    protected List<Rdd<?>> dependencies() {
        return List.of(parent);
    }

    @Override
    public int numPartitions() {
        return numPartitions;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Iterator<T> compute(int partition) {
        long total = parent.numPartitions();
        int start = (int) (partition * total / numPartitions);
        int end = (int) ((partition + 1) * total / numPartitions);
        Iterator<T>[] parts = new Iterator[end - start];
        for (int j = start; j < end; j++) {
            parts[j - start] = parent.iterator(j);
        }
        return Iterators.concat(parts);
    }
}
