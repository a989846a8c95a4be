package dev.streamlab.engine.rdd;

import dev.streamlab.engine.KeyHashing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A map that iterates like {@code java.util.HashMap} (where Spark uses one, e.g. SubtractedRDD): by bucket of the
 * spread hash code in a table that doubled from 16 slots whenever it passed 75 % full, insertion order within a
 * bucket.
 */
final class JavaHashMapOrder<V> {

    private final KeyHashing hashing;
    private final LinkedHashMap<Object, V> entries = new LinkedHashMap<>();
    private int tableSize = 16;

    JavaHashMapOrder(KeyHashing hashing) {
        this.hashing = hashing;
    }

    V computeIfAbsent(Object key, Function<Object, V> create) {
        V value = entries.computeIfAbsent(key, create);
        while (entries.size() > tableSize * 3 / 4) {
            tableSize *= 2;
        }
        return value;
    }

    void remove(Object key) {
        entries.remove(key);
    }

    void forEach(BiConsumer<Object, V> action) {
        List<Map.Entry<Object, V>> ordered = new ArrayList<>(entries.entrySet());
        int mask = tableSize - 1;
        ordered.sort((a, b) -> Integer.compare(bucket(a.getKey(), mask), bucket(b.getKey(), mask)));
        ordered.forEach(e -> action.accept(e.getKey(), e.getValue()));
    }

    private int bucket(Object key, int mask) {
        int h = key == null ? 0 : hashing.jvmHashCode(key);
        return (h ^ (h >>> 16)) & mask;
    }
}
