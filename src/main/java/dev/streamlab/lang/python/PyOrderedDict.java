package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.HostRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code collections.OrderedDict}: a dict (ours are all ordered) that prints as {@code OrderedDict([('a', 1)])}. */
public final class PyOrderedDict extends LinkedHashMap<Object, Object> implements PyPrintable, PyTyped {

    @Override
    public String pyRepr() {
        if (isEmpty()) {
            return "OrderedDict()";
        }
        List<Object> items = new ArrayList<>();
        for (Map.Entry<Object, Object> entry : entrySet()) {
            items.add(Tuple.pair(entry.getKey(), entry.getValue()));
        }
        return "OrderedDict(" + PyRepr.repr(items) + ")";
    }

    @Override
    public String pyTypeName() {
        return "collections.OrderedDict";
    }

    /** {@code move_to_end(key, last=True)} and {@code popitem(last=True)}, which plain dicts lack. */
    static void install(HostRegistry registry) {
        registry.method(PyOrderedDict.class, "move_to_end", HostRegistry.ANY_ARITY, new PyMethod("move_to_end",
                (receiver, c) -> {
                    PyOrderedDict d = (PyOrderedDict) receiver;
                    c.expect(1, 2, "last");
                    Object key = c.arg(0, "key");
                    if (!d.containsKey(key)) {
                        throw PyErrors.keyError(key);
                    }
                    Object value = d.remove(key);
                    if (PyOps.isTruthy(c.arg(1, "last", true))) {
                        d.put(key, value);
                    } else {
                        Map<Object, Object> rest = new LinkedHashMap<>(d);
                        d.clear();
                        d.put(key, value);
                        d.putAll(rest);
                    }
                    return null;
                }));
        registry.method(PyOrderedDict.class, "popitem", HostRegistry.ANY_ARITY, new PyMethod("popitem",
                (receiver, c) -> {
                    PyOrderedDict d = (PyOrderedDict) receiver;
                    c.expect(0, 1, "last");
                    if (d.isEmpty()) {
                        throw PyErrors.KEY_ERROR.raise("dictionary is empty");
                    }
                    Object key = null;
                    for (Object k : d.keySet()) {
                        key = k;
                        if (!PyOps.isTruthy(c.arg(0, "last", true))) {
                            break;
                        }
                    }
                    return Tuple.pair(key, d.remove(key));
                }));
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
