package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.Map;

/** {@code dict.keys()}, {@code values()}, {@code items()}: live views that print as {@code dict_keys(['a'])}. */
public final class PyDictView extends AbstractCollection<Object> implements PyPrintable, PyTyped {

    public enum Kind {
        KEYS, VALUES, ITEMS
    }

    private final Map<?, ?> map;
    private final Kind kind;

    public PyDictView(Map<?, ?> map, Kind kind) {
        this.map = map;
        this.kind = kind;
    }

    /** Keys and items views behave as sets in {@code & | - ^}; values views do not. */
    public boolean isSetLike() {
        return kind != Kind.VALUES;
    }

    @Override
    public Iterator<Object> iterator() {
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public Object next() {
                Map.Entry<?, ?> entry = entries.next();
                return switch (kind) {
                    case KEYS -> entry.getKey();
                    case VALUES -> entry.getValue();
                    case ITEMS -> Tuple.pair(entry.getKey(), entry.getValue());
                };
            }
        };
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean contains(Object item) {
        if (kind == Kind.KEYS) {
            return PyDicts.findKey(map, item) != PyDicts.MISSING;
        }
        for (Object value : this) {
            if (PyCompare.equal(value, item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String pyRepr() {
        StringBuilder out = new StringBuilder(pyTypeName()).append('(');
        PyRepr.appendItems(out, "[", this, "]");
        return out.append(')').toString();
    }

    @Override
    public String pyTypeName() {
        return "dict_" + kind.name().toLowerCase();
    }
}
