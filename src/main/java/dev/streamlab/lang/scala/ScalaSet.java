package dev.streamlab.lang.scala;

import dev.streamlab.engine.hash.JvmHashes;
import dev.streamlab.lang.runtime.Budget;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A Scala {@code Set} (immutable) or {@code mutable.Set}/{@code HashSet}. Immutable sets iterate as Scala's do
 * (insertion order up to four elements, hash-trie order beyond); mutable ones in their hash table's order
 * ({@link ScalaMutableHashOrder}).
 */
public final class ScalaSet extends AbstractSet<Object> {

    /** Scala keeps immutable sets of up to four elements (Set1..Set4) in insertion order. */
    private static final int SMALL = 4;

    private final boolean mutable;
    private final LinkedHashSet<Object> items;
    private int capacity = ScalaMutableHashOrder.INITIAL_CAPACITY;
    private List<Object> tableOrder;

    private ScalaSet(boolean mutable, LinkedHashSet<Object> items) {
        this.mutable = mutable;
        this.items = items;
    }

    public static ScalaSet of(boolean mutable, Collection<?> items) {
        Budget.checkSize(items.size());
        LinkedHashSet<Object> distinct = new LinkedHashSet<>(items);
        if (mutable) {
            ScalaSet set = new ScalaSet(true, distinct);
            set.capacity = ScalaMutableHashOrder.built(distinct.size());
            return set;
        }
        if (distinct.size() <= SMALL) {
            return new ScalaSet(false, distinct);
        }
        return new ScalaSet(false, new LinkedHashSet<>(ScalaHashOrder.order(new ArrayList<>(distinct))));
    }

    public boolean isMutable() {
        return mutable;
    }

    @Override
    public Iterator<Object> iterator() {
        if (mutable) {
            if (tableOrder == null) {
                tableOrder = ScalaMutableHashOrder.order(items, capacity);
            }
            Iterator<Object> ordered = tableOrder.iterator();
            return new Iterator<>() {
                private Object current;

                @Override
                public boolean hasNext() {
                    return ordered.hasNext();
                }

                @Override
                public Object next() {
                    current = ordered.next();
                    return current;
                }

                @Override
                public void remove() {
                    ScalaSet.this.remove(current);
                }
            };
        }
        Iterator<Object> it = items.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Object next() {
                return it.next();
            }
        };
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public boolean contains(Object o) {
        return items.contains(o);
    }

    @Override
    public boolean add(Object o) {
        if (!mutable) {
            throw new UnsupportedOperationException("immutable Set");
        }
        Budget.checkSize(items.size() + 1L);
        capacity = ScalaMutableHashOrder.beforeInsert(capacity, items.size());
        tableOrder = null;
        return items.add(o);
    }

    @Override
    public boolean remove(Object o) {
        if (!mutable) {
            throw new UnsupportedOperationException("immutable Set");
        }
        tableOrder = null;
        return items.remove(o);
    }

    @Override
    public int hashCode() {
        return JvmHashes.setHash(this);
    }

    @Override
    public String toString() {
        return ScalaPrinter.show(this);
    }
}
