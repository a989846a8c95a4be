package dev.streamlab.lang.python;

import dev.streamlab.engine.KeyHashing;

/**
 * PySpark's partitioning: {@code portable_hash(key) % n} with Python's non-negative modulo; a reduce
 * partition keeps its keys in first-arrival order, as Python dicts do (spec §6.4).
 */
public final class PythonKeyHashing implements KeyHashing {

    @Override
    public int partition(Object key, int partitions) {
        return (int) Math.floorMod(PythonHashes.portableHash(key), (long) partitions);
    }

    @Override
    public boolean slotOrdered() {
        return false;
    }

    /** PySpark's shuffle never reaches the JVM's hash maps; this folds the portable hash for callers that ask. */
    @Override
    public int jvmHashCode(Object key) {
        return Long.hashCode(PythonHashes.portableHash(key));
    }
}
