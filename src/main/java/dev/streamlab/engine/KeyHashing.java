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

    /**
     * A placement that is no hash: {@code partition(key, partitions)} computed by {@code place} (PySpark's
     * {@code partitionFunc}, a sort's range bounds), keys in arrival order.
     */
    static KeyHashing placement(java.util.function.ToIntBiFunction<Object, Integer> place) {
        return new KeyHashing() {
            @Override
            public int partition(Object key, int partitions) {
                return place.applyAsInt(key, partitions);
            }

            @Override
            public boolean slotOrdered() {
                return false;
            }

            @Override
            public int jvmHashCode(Object key) {
                return 0;
            }
        };
    }
}
