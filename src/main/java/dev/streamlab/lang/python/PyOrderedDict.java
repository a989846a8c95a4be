package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
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

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
