package dev.streamlab.engine.rdd;

import dev.streamlab.engine.KeyHashing;

/** Spark's HashPartitioner: two are equal when they have as many partitions (so no shuffle is needed between them). */
public record HashPartitioner(int numPartitions) {

    public HashPartitioner {
        if (numPartitions < 0) {
            throw new IllegalArgumentException(
                    "requirement failed: Number of partitions (" + numPartitions + ") cannot be negative.");
        }
    }

    public int partition(Object key, KeyHashing hashing) {
        return numPartitions <= 1 ? 0 : hashing.partition(key, numPartitions);
    }
}
