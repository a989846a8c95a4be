package dev.streamlab.engine;

/**
 * How a program's language hashes keys: which partition a key lands in, and in what order a
 * reduce partition emits its keys. Spark on the JVM and PySpark differ in both (semantics spec §6),
 * so the dialect supplies this and the engine stays language-neutral.
 */
public interface KeyHashing {

    /** The partition of {@code key} among {@code partitions}: never negative. */
    int partition(Object key, int partitions);

    /**
     * True for Spark's JVM model: a reduce partition emits its keys in AppendOnlyMap slot order of
     * {@link #jvmHashCode(Object)} and map outputs arrive sorted by that hash. False for PySpark's model:
     * first-arrival order.
     */
    boolean slotOrdered();

    /** The JVM {@code hashCode()} Spark would see for this key (only used when {@link #slotOrdered()}). */
    int jvmHashCode(Object key);
}
