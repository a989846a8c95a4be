package dev.streamlab.engine.rdd;

import java.util.Iterator;
import java.util.List;

/** An RDD whose partitions are given: parallelized collections and the records of a socket batch. */
final class ParallelRdd<T> extends Rdd<T> {

    private final List<? extends List<T>> partitions;

    ParallelRdd(RddContext context, List<? extends List<T>> partitions) {
        super(context);
        this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
        return partitions.size();
    }

    @Override
    protected List<Rdd<?>> dependencies() {
        return List.of();
    }

    @Override
    protected Iterator<T> compute(int partition) {
        return partitions.get(partition).iterator();
    }
}
