package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.Budget;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A Python set laid out like CPython 3.11's {@code setobject.c} (open addressing, 9 linear probes then perturbed
 * probing, the same growth rule), so that it iterates, and therefore prints, in CPython's order: {@code {3, 1, 2}}
 * prints {@code {1, 2, 3}}. Strings hash as CPython does with {@code PYTHONHASHSEED=0}.
 */
public final class PySet extends AbstractSet<Object> implements PyPrintable, PyTyped {

    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final Object DUMMY = new Object();
    /** How None is stored: a null slot means "never used". */
    private static final Object NONE = new Object();

    private Object[] keys = new Object[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    private int used;
    private int fill;
    private int version;
    private boolean frozen;

    public PySet() {
    }

    /** {@code frozenset(iterable)}: the same table, printed as {@code frozenset({...})}. */
    public static PySet frozen(Object iterable) {
        PySet set = iterable == null ? new PySet() : of(iterable);
        set.frozen = true;
        return set;
    }

    /** {@code set(iterable)}. */
    public static PySet of(Object iterable) {
        PySet set = new PySet();
        set.update(iterable);
        return set;
    }

    /** A set display of constants, built as CPython builds it: from a frozenset constant. */
    public static PySet fromConstants(Object tuple) {
        PySet set = new PySet();
        set.merge(of(tuple));
        return set;
    }

    static long hashOf(Object key) {
        PyDicts.checkHashable(key);
        if (key == null || key instanceof String || key instanceof Boolean || PyInts.isInt(key)
                || key instanceof Double || key instanceof Tuple) {
            return PythonHashes.hash(key);
        }
        long h = key.hashCode();
        return h == -1 ? -2 : h;
    }

    private static boolean same(Object stored, Object key) {
        return stored == key || stored != NONE && key != NONE && (stored.equals(key) || PyCompare.equal(stored, key));
    }

    @Override
    public boolean add(Object key) {
        return addEntry(key == null ? NONE : key, hashOf(key));
    }

    private boolean addEntry(Object key, long hash) {
        int i = (int) (hash & mask);
        int freeSlot = -1;
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int at = i;
            do {
                Object stored = keys[at];
                if (stored == null) {
                    return insertAt(freeSlot >= 0 ? freeSlot : at, key, hash, freeSlot < 0);
                }
                if (stored == DUMMY) {
                    if (freeSlot < 0) {
                        freeSlot = at;
                    }
                } else if (hashes[at] == hash && same(stored, key)) {
                    return false;
                }
                at++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private boolean insertAt(int slot, Object key, long hash, boolean unused) {
        keys[slot] = key;
        hashes[slot] = hash;
        used++;
        version++;
        if (!unused) {
            return true;
        }
        fill++;
        if ((long) fill * 5 >= (long) mask * 3) {
            resize(used > 50_000 ? used * 2 : used * 4);
        }
        return true;
    }

    private void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        Budget.checkSize(size);
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[size];
        hashes = new long[size];
        mask = size - 1;
        fill = used;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null && oldKeys[j] != DUMMY) {
                insertClean(oldKeys[j], oldHashes[j]);
            }
        }
    }

    private void insertClean(Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private int find(Object key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int at = i;
            do {
                Object stored = keys[at];
                if (stored == null) {
                    return -1;
                }
                if (stored != DUMMY && hashes[at] == hash && same(stored, key)) {
                    return at;
                }
                at++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    @Override
    public boolean contains(Object key) {
        return find(key == null ? NONE : key, hashOf(key)) >= 0;
    }

    @Override
    public boolean remove(Object key) {
        int at = find(key == null ? NONE : key, hashOf(key));
        if (at < 0) {
            return false;
        }
        keys[at] = DUMMY;
        hashes[at] = -1;
        used--;
        version++;
        return true;
    }

    @Override
    public void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        used = 0;
        fill = 0;
        version++;
    }

    @Override
    public int size() {
        return used;
    }

    @Override
    public Iterator<Object> iterator() {
        return new Iterator<>() {
            private final int expected = version;
            private int next = advance(0);

            private int advance(int from) {
                int at = from;
                while (at < keys.length && (keys[at] == null || keys[at] == DUMMY)) {
                    at++;
                }
                return at;
            }

            @Override
            public boolean hasNext() {
                check();
                return next < keys.length;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Object key = keys[next];
                next = advance(next + 1);
                return key == NONE ? null : key;
            }

            private void check() {
                if (version != expected) {
                    throw PyErrors.RUNTIME_ERROR.raise("Set changed size during iteration");
                }
            }
        };
    }

    /** {@code s.update(other)}: CPython merges another set table-wise, a dict by its keys, else item by item. */
    public void update(Object other) {
        if (other instanceof PySet set) {
            merge(set);
            return;
        }
        if (other instanceof Map<?, ?> map) {
            if ((long) (fill + map.size()) * 5 >= (long) mask * 3) {
                resize((used + map.size()) * 2);
            }
            for (Object key : map.keySet()) {
                addEntry(key, hashOf(key));
            }
            return;
        }
        for (Iterator<?> it = PySequences.iterate(other); it.hasNext();) {
            add(it.next());
        }
    }

    private void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            keys = other.keys.clone();
            hashes = other.hashes.clone();
            fill = other.fill;
            used = other.used;
            version++;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int j = 0; j < other.keys.length; j++) {
                if (other.keys[j] != null && other.keys[j] != DUMMY) {
                    insertClean(other.keys[j], other.hashes[j]);
                }
            }
            version++;
            return;
        }
        for (int j = 0; j < other.keys.length; j++) {
            if (other.keys[j] != null && other.keys[j] != DUMMY) {
                addEntry(other.keys[j], other.hashes[j]);
            }
        }
    }

    public PySet copy() {
        PySet out = new PySet();
        out.merge(this);
        return out;
    }

    public PySet union(Object other) {
        PySet out = copy();
        out.update(other);
        return out;
    }

    /** With a set, CPython iterates the smaller one and keeps what the larger contains; else the argument's items. */
    public PySet intersection(Object otherArg) {
        PySet out = new PySet();
        if (otherArg instanceof PySet other) {
            PySet small = other.used > used ? this : other;
            PySet large = small == this ? other : this;
            for (int j = 0; j < small.keys.length; j++) {
                Object key = small.keys[j];
                if (key != null && key != DUMMY && large.find(key, small.hashes[j]) >= 0) {
                    out.addEntry(key, small.hashes[j]);
                }
            }
            return out;
        }
        for (Iterator<?> it = PySequences.iterate(otherArg); it.hasNext();) {
            Object item = it.next();
            if (contains(item)) {
                out.add(item);
            }
        }
        return out;
    }

    /** With a much smaller set (or any non-set), CPython copies and discards; else it keeps items not in the other. */
    public PySet difference(Object otherArg) {
        if (!(otherArg instanceof PySet other) || (used >> 2) > other.used) {
            PySet out = copy();
            for (Iterator<?> it = PySequences.iterate(otherArg); it.hasNext();) {
                out.remove(it.next());
            }
            return out;
        }
        PySet out = new PySet();
        for (int j = 0; j < keys.length; j++) {
            Object key = keys[j];
            if (key != null && key != DUMMY && other.find(key, hashes[j]) < 0) {
                out.addEntry(key, hashes[j]);
            }
        }
        return out;
    }

    /** {@code a ^ b}: a copy of b, then each item of a is removed if present, else added. */
    public PySet symmetricDifference(Object otherArg) {
        PySet out = otherArg instanceof PySet s ? s.copy() : of(otherArg);
        for (int j = 0; j < keys.length; j++) {
            Object key = keys[j];
            if (key != null && key != DUMMY) {
                int at = out.find(key, hashes[j]);
                if (at >= 0) {
                    out.keys[at] = DUMMY;
                    out.hashes[at] = -1;
                    out.used--;
                    out.version++;
                } else {
                    out.addEntry(key, hashes[j]);
                }
            }
        }
        return out;
    }

    @Override
    public String pyRepr() {
        String items;
        if (isEmpty()) {
            return frozen ? "frozenset()" : "set()";
        }
        StringBuilder out = new StringBuilder();
        PyRepr.appendItems(out, "{", this, "}");
        items = out.toString();
        return frozen ? "frozenset(" + items + ")" : items;
    }

    @Override
    public String pyTypeName() {
        return frozen ? "frozenset" : "set";
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
