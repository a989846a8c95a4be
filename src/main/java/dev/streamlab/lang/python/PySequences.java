package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.Budget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/** Subscription, slicing, {@code len}, {@code in} and iteration over Python's sequences and containers. */
public final class PySequences {

    private PySequences() {
    }

    public static Object getItem(Object target, Object index) {
        target = PyNamedTuple.asTuple(target);
        if (target instanceof Map<?, ?> map) {
            if (target instanceof DefaultDict dd) {
                return dd.getOrCreate(index);
            }
            if (target instanceof PyCounter counter) {
                return counter.count(index);
            }
            return PyDicts.get(map, index);
        }
        if (target instanceof List<?> list) {
            if (index instanceof PySlice slice) {
                return new ArrayList<>(sliceOf(list, slice));
            }
            return list.get(position(index, list.size(), "list"));
        }
        if (target instanceof Tuple tuple) {
            List<Object> items = Arrays.asList(tuple.toArray());
            if (index instanceof PySlice slice) {
                return Tuple.of(sliceOf(items, slice).toArray());
            }
            return tuple.get(position(index, tuple.arity(), "tuple"));
        }
        if (target instanceof String s) {
            return stringItem(s, index);
        }
        if (target instanceof PyBytes bytes) {
            return bytes.item(index);
        }
        if (target instanceof PyRange range) {
            if (index instanceof PySlice slice) {
                PySlice.Bounds b = slice.bounds((int) Math.min(range.length(), Integer.MAX_VALUE));
                long start = range.start() + range.step() * b.start();
                return new PyRange(start, start + (long) b.count() * range.step() * b.step(), range.step() * b.step());
            }
            checkIndexType(index, "range object");
            return range.get((Long) PyInts.canonical(index));
        }
        throw PyErrors.typeError("'" + PyRepr.typeName(target) + "' object is not subscriptable");
    }

    private static Object stringItem(String s, Object index) {
        boolean simple = !hasSurrogates(s);
        if (index instanceof PySlice slice) {
            if (simple) {
                PySlice.Bounds b = slice.bounds(s.length());
                if (b.step() == 1) {
                    return b.count() == 0 ? "" : s.substring(b.start(), b.start() + b.count());
                }
                StringBuilder out = new StringBuilder(b.count());
                for (int i = 0, at = b.start(); i < b.count(); i++, at += b.step()) {
                    out.append(s.charAt(at));
                }
                return out.toString();
            }
            int[] points = s.codePoints().toArray();
            PySlice.Bounds b = slice.bounds(points.length);
            StringBuilder out = new StringBuilder();
            for (int i = 0, at = b.start(); i < b.count(); i++, at += b.step()) {
                out.appendCodePoint(points[at]);
            }
            return out.toString();
        }
        if (simple) {
            return String.valueOf(s.charAt(position(index, s.length(), "string")));
        }
        int[] points = s.codePoints().toArray();
        return new String(Character.toChars(points[position(index, points.length, "string")]));
    }

    static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static <T> List<T> sliceOf(List<T> items, PySlice slice) {
        PySlice.Bounds b = slice.bounds(items.size());
        if (b.step() == 1) {
            return b.count() == 0 ? List.of() : items.subList(b.start(), b.start() + b.count());
        }
        List<T> out = new ArrayList<>(b.count());
        for (int i = 0, at = b.start(); i < b.count(); i++, at += b.step()) {
            out.add(items.get(at));
        }
        return out;
    }

    private static void checkIndexType(Object index, String what) {
        if (!PyInts.isInt(index)) {
            String kind = what.equals("range object") ? "range" : what;
            throw PyErrors.typeError(kind + " indices must be integers or slices, not " + PyRepr.typeName(index));
        }
    }

    /** A non-negative position for a Python index into a sequence of {@code length}. */
    static int position(Object index, int length, String what) {
        if (!PyInts.isInt(index)) {
            if (what.equals("string")) {
                throw PyErrors.typeError("string indices must be integers, not '" + PyRepr.typeName(index) + "'");
            }
            throw PyErrors.typeError(what + " indices must be integers or slices, not " + PyRepr.typeName(index));
        }
        Integer i = PyInts.toIndex(PyInts.canonical(index));
        long at = i == null ? Long.MAX_VALUE : i < 0 ? (long) i + length : i;
        if (at < 0 || at >= length) {
            throw PyErrors.indexError(what + " index out of range");
        }
        return (int) at;
    }

    @SuppressWarnings("unchecked")
    public static void setItem(Object target, Object index, Object value) {
        if (target instanceof PyBytes bytes) {
            bytes.setItem(index, value);
            return;
        }
        if (target instanceof Map<?, ?> map) {
            PyDicts.put(map, index, value);
            return;
        }
        if (target instanceof List<?> raw) {
            List<Object> list = (List<Object>) raw;
            if (index instanceof PySlice slice) {
                List<Object> replacement = toList(value);
                PySlice.Bounds b = slice.bounds(list.size());
                if (b.step() == 1) {
                    List<Object> window = list.subList(b.start(), Math.max(b.start(), b.start() + b.count()));
                    window.clear();
                    list.addAll(b.start(), replacement);
                    return;
                }
                if (replacement.size() != b.count()) {
                    throw PyErrors.valueError("attempt to assign sequence of size " + replacement.size()
                            + " to extended slice of size " + b.count());
                }
                for (int i = 0, at = b.start(); i < b.count(); i++, at += b.step()) {
                    list.set(at, replacement.get(i));
                }
                return;
            }
            list.set(position(index, list.size(), "list assignment"), value);
            return;
        }
        throw PyErrors.typeError("'" + PyRepr.typeName(target) + "' object does not support item assignment");
    }

    public static void deleteItem(Object target, Object index) {
        if (target instanceof Map<?, ?> map) {
            Object key = PyDicts.findKey(map, index);
            if (key == PyDicts.MISSING) {
                throw PyErrors.keyError(index);
            }
            map.remove(key);
            return;
        }
        if (target instanceof List<?> list) {
            if (index instanceof PySlice slice) {
                PySlice.Bounds b = slice.bounds(list.size());
                List<Integer> positions = new ArrayList<>();
                for (int i = 0, at = b.start(); i < b.count(); i++, at += b.step()) {
                    positions.add(at);
                }
                positions.sort((x, y) -> y - x);
                for (int at : positions) {
                    list.remove(at);
                }
                return;
            }
            list.remove(position(index, list.size(), "list assignment"));
            return;
        }
        throw PyErrors.typeError("'" + PyRepr.typeName(target) + "' object doesn't support item deletion");
    }

    public static long len(Object value) {
        value = PyNamedTuple.asTuple(value);
        if (value instanceof String s) {
            return s.codePointCount(0, s.length());
        }
        if (value instanceof Collection<?> c) {
            return c.size();
        }
        if (value instanceof Map<?, ?> m) {
            return m.size();
        }
        if (value instanceof Tuple t) {
            return t.arity();
        }
        if (value instanceof PyRange r) {
            return r.length();
        }
        if (value instanceof ResultIterable r) {
            return r.size();
        }
        if (value instanceof PyBytes b) {
            return b.length();
        }
        throw PyErrors.typeError("object of type '" + PyRepr.typeName(value) + "' has no len()");
    }

    public static boolean contains(Object container, Object item) {
        container = PyNamedTuple.asTuple(container);
        if (container instanceof String s) {
            if (!(item instanceof String sub)) {
                throw PyErrors.typeError("'in <string>' requires string as left operand, not "
                        + PyRepr.typeName(item));
            }
            return s.contains(sub);
        }
        if (container instanceof Map<?, ?> map) {
            return PyDicts.findKey(map, item) != PyDicts.MISSING;
        }
        if (container instanceof Set<?> set) {
            PyDicts.checkHashable(item);
            if (set.contains(item)) {
                return true;
            }
            if (item instanceof String || item instanceof Tuple) {
                return false;
            }
        }
        if (container instanceof PyRange range) {
            return range.contains(item);
        }
        if (container instanceof PyBytes bytes) {
            return bytes.contains(item);
        }
        Iterator<?> it = iterate(container);
        while (it.hasNext()) {
            if (PyCompare.equal(it.next(), item)) {
                return true;
            }
        }
        return false;
    }

    public static Iterator<?> iterate(Object value) {
        value = PyNamedTuple.asTuple(value);
        if (value instanceof List<?> list) {
            return indexed(list);
        }
        if (value instanceof String s) {
            return codePoints(s);
        }
        if (value instanceof Tuple t) {
            return Arrays.asList(t.toArray()).iterator();
        }
        if (value instanceof PyBytes b) {
            return b.iterator();
        }
        if (value instanceof Map<?, ?> m) {
            return m.keySet().iterator();
        }
        if (value instanceof Iterator<?> it) {
            return it;
        }
        if (value instanceof Iterable<?> iterable) {
            return iterable.iterator();
        }
        throw PyErrors.typeError("'" + PyRepr.typeName(value) + "' object is not iterable");
    }

    /** Lists iterate by position, so appending while looping behaves as in CPython. */
    private static Iterator<Object> indexed(List<?> list) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < list.size();
            }

            @Override
            public Object next() {
                if (next >= list.size()) {
                    throw new NoSuchElementException();
                }
                return list.get(next++);
            }
        };
    }

    private static Iterator<Object> codePoints(String s) {
        return new Iterator<>() {
            private int at;

            @Override
            public boolean hasNext() {
                return at < s.length();
            }

            @Override
            public Object next() {
                if (at >= s.length()) {
                    throw new NoSuchElementException();
                }
                int cp = s.codePointAt(at);
                int width = Character.charCount(cp);
                String piece = s.substring(at, at + width);
                at += width;
                return piece;
            }
        };
    }

    /** Any iterable as a fresh list (size-checked against the sandbox limit). */
    public static List<Object> toList(Object value) {
        List<Object> out = new ArrayList<>();
        Iterator<?> it = iterate(value);
        while (it.hasNext()) {
            out.add(it.next());
            if ((out.size() & 0xFFFF) == 0) {
                Budget.checkSize(out.size());
            }
        }
        return out;
    }
}
