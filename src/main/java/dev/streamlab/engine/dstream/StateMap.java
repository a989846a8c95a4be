package dev.streamlab.engine.dstream;

import dev.streamlab.engine.KeyHashing;
import dev.streamlab.engine.rdd.KeyedMap;

import java.util.ArrayList;
import java.util.List;

/**
 * One partition's mapWithState state, as Spark keeps it (OpenHashMapBasedStateMap): each batch adds a layer of
 * changes on top of the previous batch's map. Reading all entries (snapshots, timeouts) walks the oldest layer first,
 * each layer in its hash-slot order — which is the order Spark emits timed-out keys and snapshots in. When a
 * checkpoint is written with 20 or more layers, the layers below the top are merged into one.
 */
final class StateMap {

    static final int COMPACTION_THRESHOLD = 20;
    private static final int INITIAL_CAPACITY = 64;

    /** A key's state in one layer; a deleted marker hides the key from the layers below. */
    private static final class Info {
        Object data;
        long updateTime;
        boolean deleted;

        Info(Object data, long updateTime, boolean deleted) {
            this.data = data;
            this.updateTime = updateTime;
            this.deleted = deleted;
        }
    }

    /** A key with its state and the batch time it was last updated. */
    record Entry(Object key, Object state, long updateTime) {
    }

    private final KeyHashing hashing;
    private StateMap parent;
    private final KeyedMap<Info> delta;

    private StateMap(KeyHashing hashing, StateMap parent, int capacity) {
        this.hashing = hashing;
        this.parent = parent;
        this.delta = KeyedMap.slotOrdered(hashing, capacity);
    }

    /** A first map, with no layer below. */
    static StateMap empty(KeyHashing hashing) {
        return new StateMap(hashing, null, INITIAL_CAPACITY);
    }

    /** A new layer on top of this map; changes to it leave this one as it was. */
    StateMap copy() {
        return new StateMap(hashing, this, INITIAL_CAPACITY);
    }

    boolean contains(Object key) {
        Info info = delta.get(key);
        if (info != null || delta.containsKey(key)) {
            return info != null && !info.deleted;
        }
        return parent != null && parent.contains(key);
    }

    Object get(Object key) {
        Info info = delta.get(key);
        if (info != null) {
            return info.deleted ? null : info.data;
        }
        return parent == null ? null : parent.get(key);
    }

    void put(Object key, Object state, long updateTime) {
        delta.update(key, (had, old) -> {
            if (had) {
                old.data = state;
                old.updateTime = updateTime;
                old.deleted = false;
                return old;
            }
            return new Info(state, updateTime, false);
        });
    }

    void remove(Object key) {
        delta.update(key, (had, old) -> {
            if (had) {
                old.deleted = true;
                return old;
            }
            return new Info(null, -1, true);
        });
    }

    List<Entry> all() {
        return olderThan(Long.MAX_VALUE);
    }

    /** Entries last updated before {@code threshold}, oldest layer first. */
    List<Entry> olderThan(long threshold) {
        List<Entry> out = new ArrayList<>();
        if (parent != null) {
            for (Entry e : parent.olderThan(threshold)) {
                if (!delta.containsKey(e.key())) {
                    out.add(e);
                }
            }
        }
        delta.forEach((k, info) -> {
            if (!info.deleted && info.updateTime < threshold) {
                out.add(new Entry(k, info.data, info.updateTime));
            }
        });
        return out;
    }

    private int chainLength() {
        return parent == null ? 0 : parent.chainLength() + 1;
    }

    private int approxSize() {
        return delta.size() + (parent == null ? 0 : parent.approxSize());
    }

    /** What writing a checkpoint does to the map: merges the layers below the top once there are too many. */
    void compactForCheckpoint() {
        if (parent == null || chainLength() < COMPACTION_THRESHOLD) {
            return;
        }
        StateMap merged = new StateMap(hashing, null, approxSize());
        for (Entry e : parent.all()) {
            merged.put(e.key(), e.state(), e.updateTime());
        }
        parent = merged;
    }
}
