package dev.streamlab.engine.rdd;

import java.util.Iterator;
import java.util.List;

/** The union of parents that share a partitioner: partition i holds every parent's partition i, oldest parent first. */
final class PartitionerAwareUnionRdd<T> extends Rdd<T> {

    private final List<Rdd<? extends T>> parents;
    private final HashPartitioner partitioner;

    PartitionerAwareUnionRdd(RddContext context, List<Rdd<? extends T>> parents, HashPartitioner partitioner) {
        super(context);
        this.parents = List.copyOf(parents);
        this.partitioner = partitioner;
    }

    @Override
    protected List<Rdd<?>> dependencies() {
        return List.copyOf(parents);
    }

    @Override
    public int numPartitions() {
        return partitioner.numPartitions();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Iterator<T> compute(int partition) {
        Iterator<? extends T>[] parts = new Iterator[parents.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parents.get(i).iterator(partition);
        }
        return Iterators.concat(parts);
    }

    @Override
    public HashPartitioner partitioner() {
        return partitioner;
    }
}
