package dev.streamlab.lang.scala;

import dev.streamlab.engine.hash.JvmHashes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which Scala 2.13 iterates a {@code mutable.HashMap} or {@code mutable.HashSet}: an open hash table
 * of power-of-two size (16 at first, doubled before an insertion would reach three quarters full, never shrunk),
 * buckets in index order, each bucket's keys sorted by their improved hash {@code h ^ (h >>> 16)} of {@code key.##}.
 */
final class ScalaMutableHashOrder {

    static final int INITIAL_CAPACITY = 16;
    private static final double LOAD_FACTOR = 0.75;

    private ScalaMutableHashOrder() {
    }

    static int improvedHash(Object key) {
        int h = JvmHashes.elementHash(key);
        return h ^ (h >>> 16);
    }

    /** The table size before inserting into a table holding {@code size} keys ({@code put}, {@code add}). */
    static int beforeInsert(int capacity, int size) {
        return size + 1 >= (int) (capacity * LOAD_FACTOR) ? capacity * 2 : capacity;
    }

    /** The table size after {@code sizeHint(n)}, as {@code HashMap.from} and {@code addAll} of a known size do. */
    static int hinted(int capacity, int n) {
        int target = Math.min(Integer.highestOneBit(Math.max((int) ((n + 1) / LOAD_FACTOR) - 1, 4)) * 2, 1 << 30);
        return Math.max(capacity, target);
    }

    /** The table size after building from {@code n} keys: a size hint, then one insertion per key. */
    static int built(int n) {
        int capacity = hinted(INITIAL_CAPACITY, n);
        for (int size = 0; size < n; size++) {
            capacity = beforeInsert(capacity, size);
        }
        return capacity;
    }

    /** The keys in table order; keys of equal hash keep their insertion order. */
    static <T> List<T> order(Collection<T> keys, int capacity) {
        List<T> out = new ArrayList<>(keys);
        int mask = capacity - 1;
        out.sort(Comparator.<T>comparingInt(k -> improvedHash(k) & mask).thenComparingInt(
                ScalaMutableHashOrder::improvedHash));
        return out;
    }
}
