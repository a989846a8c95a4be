package dev.streamlab.engine.rdd;

import dev.streamlab.engine.KeyHashing;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Spark's {@code AppendOnlyMap}, reproduced for its iteration order (semantics spec §6.3): open addressing over a
 * power-of-two table starting at 64 slots, murmur3-mixed hash codes, triangular probing, growth ×2 once more than
 * 70 % full with the old entries re-inserted in old slot order, the null key apart and first.
 */
final class AppendOnlyMap<V> implements KeyedMap<V> {

    private static final int INITIAL_CAPACITY = 64;
    private static final double LOAD_FACTOR = 0.7;

    private final KeyHashing hashing;
    private int capacity;
    private int mask;
    private int growThreshold;
    private Object[] keys;
    private int[] hashes;
    private Object[] values;
    private boolean[] used;
    private int size;
    private boolean haveNullKey;
    private V nullValue;

    AppendOnlyMap(KeyHashing hashing) {
        this(hashing, INITIAL_CAPACITY);
    }

    AppendOnlyMap(KeyHashing hashing, int initialCapacity) {
        this.hashing = hashing;
        this.capacity = initialCapacity <= 1 ? 1 : Integer.highestOneBit(initialCapacity - 1) << 1;
        this.mask = capacity - 1;
        this.growThreshold = (int) (LOAD_FACTOR * capacity);
        this.keys = new Object[capacity];
        this.hashes = new int[capacity];
        this.values = new Object[capacity];
        this.used = new boolean[capacity];
    }

    /** Guava's {@code murmur3_32().hashInt(h)}, as Spark's {@code AppendOnlyMap.rehash}. */
    static int rehash(int h) {
        int k = h * 0xcc9e2d51;
        k = Integer.rotateLeft(k, 15);
        k *= 0x1b873593;
        int x = Integer.rotateLeft(k, 13) * 5 + 0xe6546b64;
        x ^= 4;
        x ^= x >>> 16;
        x *= 0x85ebca6b;
        x ^= x >>> 13;
        x *= 0xc2b2ae35;
        x ^= x >>> 16;
        return x;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void update(Object key, Updater<V> updater) {
        if (key == null) {
            nullValue = updater.apply(haveNullKey, nullValue);
            if (!haveNullKey) {
                haveNullKey = true;
                size++;
            }
            return;
        }
        int h = hashing.jvmHashCode(key);
        int pos = rehash(h) & mask;
        int step = 1;
        while (true) {
            if (!used[pos]) {
                used[pos] = true;
                keys[pos] = key;
                hashes[pos] = h;
                values[pos] = updater.apply(false, null);
                size++;
                if (size > growThreshold) {
                    grow();
                }
                return;
            }
            if (hashes[pos] == h && Objects.equals(keys[pos], key)) {
                values[pos] = updater.apply(true, (V) values[pos]);
                return;
            }
            pos = (pos + step) & mask;
            step++;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A> void combine(Object key, A value, Function<? super A, ? extends V> create,
                            BiFunction<? super V, ? super A, ? extends V> merge) {
        if (key == null) {
            nullValue = haveNullKey ? merge.apply(nullValue, value) : create.apply(value);
            if (!haveNullKey) {
                haveNullKey = true;
                size++;
            }
            return;
        }
        int h = hashing.jvmHashCode(key);
        int pos = rehash(h) & mask;
        int step = 1;
        while (true) {
            if (!used[pos]) {
                used[pos] = true;
                keys[pos] = key;
                hashes[pos] = h;
                values[pos] = create.apply(value);
                size++;
                if (size > growThreshold) {
                    grow();
                }
                return;
            }
            if (hashes[pos] == h && Objects.equals(keys[pos], key)) {
                values[pos] = merge.apply((V) values[pos], value);
                return;
            }
            pos = (pos + step) & mask;
            step++;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        if (key == null) {
            return nullValue;
        }
        int slot = find(key);
        return slot < 0 ? null : (V) values[slot];
    }

    @Override
    public boolean containsKey(Object key) {
        return key == null ? haveNullKey : find(key) >= 0;
    }

    private int find(Object key) {
        int h = hashing.jvmHashCode(key);
        int pos = rehash(h) & mask;
        int step = 1;
        while (used[pos]) {
            if (hashes[pos] == h && Objects.equals(keys[pos], key)) {
                return pos;
            }
            pos = (pos + step) & mask;
            step++;
        }
        return -1;
    }

    private void grow() {
        int newCapacity = capacity * 2;
        int newMask = newCapacity - 1;
        Object[] newKeys = new Object[newCapacity];
        int[] newHashes = new int[newCapacity];
        Object[] newValues = new Object[newCapacity];
        boolean[] newUsed = new boolean[newCapacity];
        for (int old = 0; old < capacity; old++) {
            if (!used[old]) {
                continue;
            }
            int pos = rehash(hashes[old]) & newMask;
            int step = 1;
            while (newUsed[pos]) {
                pos = (pos + step) & newMask;
                step++;
            }
            newUsed[pos] = true;
            newKeys[pos] = keys[old];
            newHashes[pos] = hashes[old];
            newValues[pos] = values[old];
        }
        capacity = newCapacity;
        mask = newMask;
        keys = newKeys;
        hashes = newHashes;
        values = newValues;
        used = newUsed;
        growThreshold = (int) (LOAD_FACTOR * newCapacity);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<Object, V> action) {
        if (haveNullKey) {
            action.accept(null, nullValue);
        }
        for (int i = 0; i < capacity; i++) {
            if (used[i]) {
                action.accept(keys[i], (V) values[i]);
            }
        }
    }
}
