package dev.streamlab.lang.scala;

import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.hash.JvmHashes;
import dev.streamlab.lang.runtime.Budget;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A Scala {@code Map} (immutable) or {@code mutable.HashMap}/{@code mutable.Map}. An immutable map iterates as
 * Scala's does: insertion order up to four entries, hash-trie order beyond ({@link ScalaHashOrder}); mutable maps
 * in their hash table's order ({@link ScalaMutableHashOrder}). Iterating yields {@code (key, value)} tuples, as in
 * Scala.
 */
public final class ScalaMap extends AbstractMap<Object, Object> implements Iterable<Object> {

    /** Scala keeps immutable maps of up to four entries (Map1..Map4) in insertion order. */
    private static final int SMALL = 4;

    private final boolean mutable;
    private final LinkedHashMap<Object, Object> entries;
    private int capacity = ScalaMutableHashOrder.INITIAL_CAPACITY;
    private Map<Object, Object> tableOrder;

    private ScalaMap(boolean mutable, LinkedHashMap<Object, Object> entries) {
        this.mutable = mutable;
        this.entries = entries;
    }

    public static ScalaMap of(boolean mutable, Map<?, ?> entries) {
        Budget.checkSize(entries.size());
        if (mutable) {
            ScalaMap map = new ScalaMap(true, new LinkedHashMap<>(entries));
            map.capacity = ScalaMutableHashOrder.built(entries.size());
            return map;
        }
        if (entries.size() <= SMALL) {
            return new ScalaMap(false, new LinkedHashMap<>(entries));
        }
        LinkedHashMap<Object, Object> ordered = new LinkedHashMap<>();
        for (Object key : ScalaHashOrder.order(new ArrayList<>(entries.keySet()))) {
            ordered.put(key, entries.get(key));
        }
        return new ScalaMap(false, ordered);
    }

    public static ScalaMap empty(boolean mutable) {
        return new ScalaMap(mutable, new LinkedHashMap<>());
    }

    public boolean isMutable() {
        return mutable;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return mutable ? inTableOrder().entrySet() : java.util.Collections.unmodifiableMap(entries).entrySet();
    }

    /** A mutable map's entries as its hash table holds them, recomputed after each change. */
    private Map<Object, Object> inTableOrder() {
        if (tableOrder == null) {
            LinkedHashMap<Object, Object> ordered = new LinkedHashMap<>();
            for (Object key : ScalaMutableHashOrder.order(entries.keySet(), capacity)) {
                ordered.put(key, entries.get(key));
            }
            tableOrder = java.util.Collections.unmodifiableMap(ordered);
        }
        return tableOrder;
    }

    @Override
    public Object get(Object key) {
        return entries.get(key);
    }

    @Override
    public int size() {
        return entries.size();
    }

    /** {@code clear()} keeps the table's size, as Scala's does. */
    @Override
    public void clear() {
        if (!mutable) {
            throw new UnsupportedOperationException("immutable Map");
        }
        tableOrder = null;
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Object put(Object key, Object value) {
        if (!mutable) {
            throw new UnsupportedOperationException("immutable Map");
        }
        Budget.checkSize(entries.size() + 1L);
        capacity = ScalaMutableHashOrder.beforeInsert(capacity, entries.size());
        tableOrder = null;
        return entries.put(key, value);
    }

    @Override
    public Object remove(Object key) {
        if (!mutable) {
            throw new UnsupportedOperationException("immutable Map");
        }
        tableOrder = null;
        return entries.remove(key);
    }

    /** A copy with one more entry, of the same mutability. */
    public ScalaMap plus(Object key, Object value) {
        LinkedHashMap<Object, Object> copy = new LinkedHashMap<>(entries);
        copy.put(key, value);
        return of(mutable, copy);
    }

    @Override
    public Iterator<Object> iterator() {
        Iterator<Entry<Object, Object>> it = entrySet().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Object next() {
                Entry<Object, Object> e = it.next();
                return Tuple.pair(e.getKey(), e.getValue());
            }
        };
    }

    @Override
    public int hashCode() {
        return JvmHashes.mapHash(this);
    }

    @Override
    public String toString() {
        return ScalaPrinter.show(this);
    }
}
