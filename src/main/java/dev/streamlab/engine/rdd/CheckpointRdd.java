package dev.streamlab.engine.rdd;

import java.util.Iterator;
import java.util.List;

/** The partitions a checkpoint kept, with the layout they had and no lineage: Spark's ReliableCheckpointRDD. */
final class CheckpointRdd<T> extends Rdd<T> {

    private final List<List<T>> partitions;
    private final HashPartitioner partitioner;

    CheckpointRdd(RddContext context, List<List<T>> partitions, HashPartitioner partitioner) {
        super(context);
        this.partitions = partitions;
        this.partitioner = partitioner;
    }

    @Override
    protected List<Rdd<?>> dependencies() {
        return List.of();
    }

    @Override
    public int numPartitions() {
        return partitions.size();
    }

    @Override
    public boolean isCheckpointed() {
        return true;
    }

    @Override
    public HashPartitioner partitioner() {
        return partitioner;
    }

    @Override
    protected Iterator<T> compute(int partition) {
        return partitions.get(partition).iterator();
    }
}
