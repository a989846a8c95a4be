package dev.streamlab.engine.hash;

import dev.streamlab.engine.KeyHashing;

/** Spark's HashPartitioner and AppendOnlyMap order over the hash codes Scala gives keys (spec §6.2, §6.3). */
public final class JvmKeyHashing implements KeyHashing {

    @Override
    public int partition(Object key, int partitions) {
        return nonNegativeMod(jvmHashCode(key), partitions);
    }

    @Override
    public boolean slotOrdered() {
        return true;
    }

    @Override
    public int jvmHashCode(Object key) {
        return JvmHashes.jvmHashCode(key);
    }

    /** Spark's {@code Utils.nonNegativeMod}: Java's remainder shifted into {@code [0, n)}. */
    public static int nonNegativeMod(int hash, int n) {
        int mod = hash % n;
        return mod < 0 ? mod + n : mod;
    }
}
