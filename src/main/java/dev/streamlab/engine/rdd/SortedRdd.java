package dev.streamlab.engine.rdd;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The result of a sort: read in partition order it is sorted as a whole. Computed once, on first use, like the
 * shuffle behind Spark's range-partitioned sort.
 */
final class SortedRdd<T> extends Rdd<T> {

    private final Rdd<T> source;
    private final Supplier<List<T>> sort;
    private final int numPartitions;
    private List<T> sorted;

    SortedRdd(Rdd<T> source, Supplier<List<T>> sort, int numPartitions) {
        super(source.context);
        this.source = source;
        this.sort = sort;
        this.numPartitions = Math.max(1, numPartitions);
    }

    @Override
    protected List<Rdd<?>> dependencies() {
        return List.of(source);
    }

    @Override
    public int numPartitions() {
        return numPartitions;
    }

    @Override
    protected Iterator<T> compute(int partition) {
        List<T> all;
        synchronized (this) {
            if (sorted == null) {
                sorted = sort.get();
            }
            all = sorted;
        }
        long n = all.size();
        int start = (int) (partition * n / numPartitions);
        int end = (int) ((partition + 1) * n / numPartitions);
        return all.subList(start, end).iterator();
    }
}
