package dev.streamlab.engine.rdd;

import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;

/** A narrow transformation: each partition is a function of the same partition of the parent. */
final class MapPartitionsRdd<T, U> extends Rdd<U> {

    private final Rdd<T> parent;
    private final BiFunction<Integer, Iterator<T>, Iterator<U>> f;
    private final boolean preservesPartitioning;

    MapPartitionsRdd(Rdd<T> parent, BiFunction<Integer, Iterator<T>, Iterator<U>> f, boolean preservesPartitioning) {
        super(parent.context);
        this.parent = parent;
        this.f = f;
        this.preservesPartitioning = preservesPartitioning;
    }

    @Override
    public int numPartitions() {
        return parent.numPartitions();
    }

    @Override
    protected List<Rdd<?>> dependencies() {
        return List.of(parent);
    }

    @Override
    protected Iterator<U> compute(int partition) {
        return f.apply(partition, parent.iterator(partition));
    }

    @Override
    public HashPartitioner partitioner() {
        return preservesPartitioning ? parent.partitioner() : null;
    }
}
