package dev.streamlab.engine.rdd;

import dev.streamlab.engine.KeyHashing;

/**
 * What every RDD of a program shares: the default number of partitions ({@code sc.defaultParallelism})
 * and the language's way of hashing keys.
 */
public record RddContext(int defaultParallelism, KeyHashing hashing) {

    public RddContext {
        if (defaultParallelism < 1) {
            throw new IllegalArgumentException("defaultParallelism must be positive");
        }
    }

    public HashPartitioner defaultPartitioner() {
        return new HashPartitioner(defaultParallelism);
    }

    public HashPartitioner partitioner(Integer numPartitions) {
        return new HashPartitioner(numPartitions == null ? defaultParallelism : numPartitions);
    }
}
