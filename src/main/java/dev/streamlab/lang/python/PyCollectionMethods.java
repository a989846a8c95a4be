package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.HostRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** Methods of list, dict, set, tuple, Counter, datetime, timedelta and the standard streams. */
final class PyCollectionMethods {

    private PyCollectionMethods() {
    }

    private static <T> void method(HostRegistry registry, Class<T> type, String name, BiFunction<T, PyCall, Object> body) {
        registry.method(type, name, HostRegistry.ANY_ARITY,
                new PyMethod(name, (receiver, call) -> body.apply(type.cast(receiver), call)));
    }

    /** {@code index}'s start or stop: negative counts from the end, both clamped to the sequence, as CPython. */
    private static int bound(PyCall c, int index, String name, int fallback, int size) {
        if (c.count() <= index) {
            return fallback;
        }
        long at = c.intArg(c.arg(index, name), name);
        if (at < 0) {
            at += size;
        }
        return (int) Math.max(0, Math.min(at, size));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void install(HostRegistry registry) {
        Class<List<Object>> list = (Class) List.class;
        method(registry, list, "append", (l, c) -> {
            l.add(c.expect(1, 1).arg(0, "object"));
            return null;
        });
        method(registry, list, "extend", (l, c) -> {
            l.addAll(PySequences.toList(c.expect(1, 1).arg(0, "iterable")));
            return null;
        });
        method(registry, list, "insert", (l, c) -> {
            c.expect(2, 2);
            long at = c.intArg(c.arg(0, "index"), "index");
            long size = l.size();
            long position = at < 0 ? Math.max(0, at + size) : Math.min(at, size);
            l.add((int) position, c.arg(1, "object"));
            return null;
        });
        method(registry, list, "remove", (l, c) -> {
            Object item = c.expect(1, 1).arg(0, "value");
            for (int i = 0; i < l.size(); i++) {
                if (PyCompare.equal(l.get(i), item)) {
                    l.remove(i);
                    return null;
                }
            }
            throw PyErrors.valueError("list.remove(x): x not in list");
        });
        method(registry, list, "pop", (l, c) -> {
            c.expect(0, 1);
            if (l.isEmpty()) {
                throw PyErrors.indexError("pop from empty list");
            }
            long at = c.count() == 0 ? l.size() - 1 : c.intArg(c.arg(0, "index"), "index");
            long position = at < 0 ? at + l.size() : at;
            if (position < 0 || position >= l.size()) {
                throw PyErrors.indexError("pop index out of range");
            }
            return l.remove((int) position);
        });
        method(registry, list, "clear", (l, c) -> {
            l.clear();
            return null;
        });
        method(registry, list, "index", (l, c) -> {
            Object item = c.expect(1, 3).arg(0, "value");
            int from = bound(c, 1, "start", 0, l.size());
            int to = bound(c, 2, "stop", l.size(), l.size());
            for (int i = from; i < to; i++) {
                if (PyCompare.equal(l.get(i), item)) {
                    return (long) i;
                }
            }
            throw PyErrors.valueError(PyRepr.repr(item) + " is not in list");
        });
        method(registry, list, "count", (l, c) -> countOf(l, c.expect(1, 1).arg(0, "value")));
        method(registry, list, "sort", (l, c) -> {
            c.expect(0, 0, "key", "reverse");
            PyBuiltins.sort(l, c.keyword("key", null), PyOps.isTruthy(c.keyword("reverse", false)));
            return null;
        });
        method(registry, list, "reverse", (l, c) -> {
            Collections.reverse(l);
            return null;
        });
        method(registry, list, "copy", (l, c) -> new ArrayList<>(l));

        Class<Tuple> tuple = Tuple.class;
        method(registry, tuple, "count", (t, c) -> countOf(List.of(t.toArray()), c.expect(1, 1).arg(0, "value")));
        method(registry, tuple, "index", (t, c) -> {
            Object item = c.expect(1, 3).arg(0, "value");
            int from = bound(c, 1, "start", 0, t.arity());
            int to = bound(c, 2, "stop", t.arity(), t.arity());
            for (int i = from; i < to; i++) {
                if (PyCompare.equal(t.get(i), item)) {
                    return (long) i;
                }
            }
            throw PyErrors.valueError("tuple.index(x): x not in tuple");
        });

        installDict(registry);
        installSet(registry);

        method(registry, PyCounter.class, "most_common", (counter, c) -> {
            c.expect(0, 1);
            Object n = c.arg(0, "n", null);
            return counter.mostCommon(n == null ? null : (int) Math.max(0, c.intArg(n, "n")));
        });
        method(registry, PyCounter.class, "update", (counter, c) -> {
            c.expect(0, 1);
            if (c.count() > 0) {
                counter.update(c.arg(0, "iterable"));
            }
            counter.update(c.keywords());
            return null;
        });
        method(registry, PyCounter.class, "elements", (counter, c) -> {
            c.expect(0, 0);
            java.util.List<Object> out = new java.util.ArrayList<>();
            for (java.util.Map.Entry<Object, Object> entry : counter.entrySet()) {
                for (long i = 0; i < ((Number) entry.getValue()).longValue(); i++) {
                    out.add(entry.getKey());
                    dev.streamlab.lang.runtime.Budget.checkSize(out.size());
                }
            }
            return PyIterator.of("itertools.chain", out.iterator());
        });
        method(registry, PyCounter.class, "subtract", (counter, c) -> {
            c.expect(0, 1);
            PyCounter taken = new PyCounter();
            if (c.count() > 0) {
                taken.update(c.arg(0, "iterable"));
            }
            for (java.util.Map.Entry<Object, Object> entry : taken.entrySet()) {
                PyDicts.put(counter, entry.getKey(), PyOps.subtract(counter.count(entry.getKey()), entry.getValue()));
            }
            return null;
        });
        method(registry, PyCounter.class, "total", (counter, c) -> {
            Object total = 0L;
            for (Object count : counter.values()) {
                total = PyOps.add(total, count);
            }
            return total;
        });

        method(registry, PyDateTime.class, "strftime", (dt, c) -> dt.strftime(c.strArg(c.expect(1, 1)
                .arg(0, "format"), "strftime() argument 1")));
        method(registry, PyDateTime.class, "isoformat", (dt, c) -> dt.isoformat(c.strArg(c.expect(0, 1, "sep")
                .arg(0, "sep", "T"), "sep")));
        method(registry, PyDateTime.class, "weekday", (dt, c) -> (long) dt.weekday());
        method(registry, PyDateTime.class, "timestamp", (dt, c) -> dt.timestamp(java.time.ZoneOffset.UTC));
        method(registry, PyTimedelta.class, "total_seconds", (td, c) -> td.totalSeconds());
        method(registry, PyTextStream.class, "write", (stream, c) -> {
            String text = c.strArg(c.expect(1, 1).arg(0, "s"), "write() argument");
            stream.write(c.context().console(), text);
            return (long) text.codePointCount(0, text.length());
        });
        method(registry, PyTextStream.class, "flush", (stream, c) -> null);
    }

    private static long countOf(List<?> items, Object value) {
        long n = 0;
        for (Object item : items) {
            if (PyCompare.equal(item, value)) {
                n++;
            }
        }
        return n;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void installDict(HostRegistry registry) {
        Class<Map<Object, Object>> dict = (Class) Map.class;
        method(registry, dict, "get", (d, c) -> {
            c.expect(1, 2);
            Object key = PyDicts.findKey(d, c.arg(0, "key"));
            return key == PyDicts.MISSING ? c.arg(1, "default", null) : d.get(key);
        });
        method(registry, dict, "keys", (d, c) -> new PyDictView(d, PyDictView.Kind.KEYS));
        method(registry, dict, "values", (d, c) -> new PyDictView(d, PyDictView.Kind.VALUES));
        method(registry, dict, "items", (d, c) -> new PyDictView(d, PyDictView.Kind.ITEMS));
        method(registry, dict, "setdefault", (d, c) -> {
            c.expect(1, 2);
            Object key = PyDicts.findKey(d, c.arg(0, "key"));
            if (key != PyDicts.MISSING) {
                return d.get(key);
            }
            Object value = c.arg(1, "default", null);
            d.put(c.arg(0, "key"), value);
            return value;
        });
        method(registry, dict, "pop", (d, c) -> {
            c.expect(1, 2);
            Object key = PyDicts.findKey(d, c.arg(0, "key"));
            if (key == PyDicts.MISSING) {
                if (c.count() > 1) {
                    return c.arg(1, "default");
                }
                throw PyErrors.keyError(c.arg(0, "key"));
            }
            return d.remove(key);
        });
        method(registry, dict, "popitem", (d, c) -> {
            if (d.isEmpty()) {
                throw PyErrors.KEY_ERROR.raise("popitem(): dictionary is empty");
            }
            Object last = null;
            for (Object key : d.keySet()) {
                last = key;
            }
            return Tuple.pair(last, d.remove(last));
        });
        method(registry, dict, "update", (d, c) -> {
            c.expect(0, 1, c.keywords().keySet().toArray(new String[0]));
            if (c.count() > 0) {
                PyBuiltins.update(d, c.arg(0, "other"));
            }
            c.keywords().forEach((k, v) -> PyDicts.put(d, k, v));
            return null;
        });
        method(registry, dict, "clear", (d, c) -> {
            d.clear();
            return null;
        });
        method(registry, dict, "copy", (d, c) -> new LinkedHashMap<>(d));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void installSet(HostRegistry registry) {
        Class<Set<Object>> set = (Class) Set.class;
        method(registry, set, "add", (s, c) -> {
            s.add(c.expect(1, 1).arg(0, "item"));
            return null;
        });
        method(registry, set, "remove", (s, c) -> {
            Object item = c.expect(1, 1).arg(0, "item");
            if (!s.remove(item)) {
                throw PyErrors.keyError(item);
            }
            return null;
        });
        method(registry, set, "discard", (s, c) -> {
            s.remove(c.expect(1, 1).arg(0, "item"));
            return null;
        });
        method(registry, set, "pop", (s, c) -> {
            Iterator<Object> it = s.iterator();
            if (!it.hasNext()) {
                throw PyErrors.KEY_ERROR.raise("pop from an empty set");
            }
            Object item = it.next();
            s.remove(item);
            return item;
        });
        method(registry, set, "clear", (s, c) -> {
            s.clear();
            return null;
        });
        method(registry, set, "copy", (s, c) -> pySet(s).copy());
        method(registry, set, "update", (s, c) -> {
            for (Object other : c.positional()) {
                if (s instanceof PySet py) {
                    py.update(other);
                } else {
                    s.addAll(PySequences.toList(other));
                }
            }
            return null;
        });
        method(registry, set, "union", (s, c) -> {
            PySet out = pySet(s).copy();
            for (Object other : c.positional()) {
                out.update(other);
            }
            return out;
        });
        method(registry, set, "intersection", (s, c) -> {
            PySet out = pySet(s).copy();
            for (Object other : c.positional()) {
                out = out.intersection(other);
            }
            return out;
        });
        method(registry, set, "difference", (s, c) -> {
            PySet out = pySet(s).copy();
            for (Object other : c.positional()) {
                out = out.difference(other);
            }
            return out;
        });
        method(registry, set, "symmetric_difference", (s, c) -> pySet(s).symmetricDifference(c.expect(1, 1)
                .arg(0, "other")));
        method(registry, set, "issubset", (s, c) -> PySet.of(c.expect(1, 1).arg(0, "other")).containsAll(s));
        method(registry, set, "issuperset", (s, c) -> s.containsAll(PySequences.toList(c.expect(1, 1)
                .arg(0, "other"))));
        method(registry, set, "isdisjoint", (s, c) -> {
            for (Object item : PySequences.toList(c.expect(1, 1).arg(0, "other"))) {
                if (s.contains(item)) {
                    return false;
                }
            }
            return true;
        });
    }

    private static PySet pySet(Set<Object> set) {
        return set instanceof PySet py ? py : PySet.of(set);
    }
}
