package dev.streamlab.lang.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code collections.Counter}: a dict of counts where a missing key counts 0. */
public final class PyCounter extends LinkedHashMap<Object, Object> implements PyPrintable, PyTyped {

    Object count(Object key) {
        Object found = PyDicts.findKey(this, key);
        return found == PyDicts.MISSING ? 0L : get(found);
    }

    /** Adds each item of an iterable, or each count of a mapping. */
    public void update(Object source) {
        if (source instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                PyDicts.put(this, entry.getKey(), PyOps.add(count(entry.getKey()), entry.getValue()));
            }
            return;
        }
        var it = PySequences.iterate(source);
        while (it.hasNext()) {
            Object item = it.next();
            PyDicts.put(this, item, PyOps.add(count(item), 1L));
        }
    }

    /** {@code most_common(n)}: by count, descending, ties in insertion order (a stable sort, as CPython). */
    public List<Object> mostCommon(Integer n) {
        List<Map.Entry<Object, Object>> entries = new ArrayList<>(entrySet());
        entries.sort((a, b) -> PyCompare.order(b.getValue(), a.getValue()));
        List<Object> out = new ArrayList<>();
        for (Map.Entry<Object, Object> entry : entries) {
            if (n != null && out.size() >= n) {
                break;
            }
            out.add(dev.streamlab.engine.Tuple.pair(entry.getKey(), entry.getValue()));
        }
        return out;
    }

    /**
     * Counter arithmetic as CPython's {@code collections.Counter}: {@code +} and {@code -} add or subtract counts,
     * {@code |} and {@code &} keep the larger or smaller; only positive counts are kept, this counter's keys first.
     */
    PyCounter combine(PyCounter other, String operator) {
        PyCounter result = new PyCounter();
        for (Map.Entry<Object, Object> entry : entrySet()) {
            Object mine = entry.getValue();
            Object theirs = other.count(entry.getKey());
            Object combined = switch (operator) {
                case "+" -> PyOps.add(mine, theirs);
                case "-" -> PyOps.subtract(mine, theirs);
                case "|" -> PyCompare.order(mine, theirs) < 0 ? theirs : mine;
                default -> PyCompare.order(mine, theirs) < 0 ? mine : theirs;
            };
            if (PyCompare.order(combined, 0L) > 0) {
                PyDicts.put(result, entry.getKey(), combined);
            }
        }
        if (operator.equals("&")) {
            return result;
        }
        for (Map.Entry<Object, Object> entry : other.entrySet()) {
            if (PyDicts.findKey(this, entry.getKey()) != PyDicts.MISSING) {
                continue;
            }
            Object count = operator.equals("-") ? PyOps.subtract(0L, entry.getValue()) : entry.getValue();
            if (PyCompare.order(count, 0L) > 0) {
                PyDicts.put(result, entry.getKey(), count);
            }
        }
        return result;
    }

    @Override
    public String pyRepr() {
        if (isEmpty()) {
            return "Counter()";
        }
        StringBuilder out = new StringBuilder("Counter({");
        boolean first = true;
        for (Object item : mostCommon(null)) {
            dev.streamlab.engine.Tuple pair = (dev.streamlab.engine.Tuple) item;
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(PyRepr.repr(pair.key())).append(": ").append(PyRepr.repr(pair.value()));
        }
        return out.append("})").toString();
    }

    @Override
    public String pyTypeName() {
        return "Counter";
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
