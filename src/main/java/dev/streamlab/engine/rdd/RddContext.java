package dev.streamlab.engine.rdd;

import dev.streamlab.engine.KeyHashing;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every RDD of a program shares: the default number of partitions ({@code sc.defaultParallelism})
 * and the language's way of hashing keys.
 */
public record RddContext(int defaultParallelism, KeyHashing hashing, AtomicInteger sortIds) {

    public RddContext {
        if (defaultParallelism < 1) {
            throw new IllegalArgumentException("defaultParallelism must be positive");
        }
    }

    public RddContext(int defaultParallelism, KeyHashing hashing) {
        this(defaultParallelism, hashing, new AtomicInteger());
    }

    /** The id a range-partitioned sort seeds its sampling with (Spark's RDD id). */
    int nextSortId() {
        return sortIds.getAndIncrement();
    }

    public HashPartitioner defaultPartitioner() {
        return new HashPartitioner(defaultParallelism);
    }

    public HashPartitioner partitioner(Integer numPartitions) {
        return new HashPartitioner(numPartitions == null ? defaultParallelism : numPartitions);
    }
}
