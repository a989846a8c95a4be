package dev.streamlab.engine.rdd;

import dev.streamlab.engine.KeyHashing;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The map a reduce task groups keys in. Its iteration order is what the program prints, so it follows the
 * language's model: Spark's AppendOnlyMap slot order on the JVM, dict insertion order in PySpark.
 */
public interface KeyedMap<V> {

    /** Sets the value of {@code key} to {@code updater.apply(hadValue, oldValue)}. */
    void update(Object key, Updater<V> updater);

    /**
     * Adds {@code value} under {@code key}: {@code create(value)} for a new key, else {@code merge(old, value)}.
     * The hot path of every aggregation, so it allocates nothing per record.
     */
    <A> void combine(Object key, A value, Function<? super A, ? extends V> create,
                     BiFunction<? super V, ? super A, ? extends V> merge);

    V get(Object key);

    boolean containsKey(Object key);

    int size();

    /** Visits every entry in the order the language's map would emit them. */
    void forEach(BiConsumer<Object, V> action);

    @FunctionalInterface
    interface Updater<V> {
        V apply(boolean hadValue, V oldValue);
    }

    /** Spark's open-addressing map with {@code capacity} slots to start with (rounded up to a power of two). */
    static <V> KeyedMap<V> slotOrdered(KeyHashing hashing, int capacity) {
        return new AppendOnlyMap<>(hashing, capacity);
    }

    static <V> KeyedMap<V> create(KeyHashing hashing) {
        return hashing.slotOrdered() ? new AppendOnlyMap<>(hashing) : new ArrivalOrderMap<>();
    }
}
