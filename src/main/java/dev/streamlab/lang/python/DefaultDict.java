package dev.streamlab.lang.python;

import dev.streamlab.lang.runtime.LangFunction;
import java.util.LinkedHashMap;

/** {@code collections.defaultdict}: a missing key is created from the factory on subscription. */
public final class DefaultDict extends LinkedHashMap<Object, Object> implements PyPrintable, PyTyped {

    private final transient LangFunction factory;

    public DefaultDict(LangFunction factory) {
        this.factory = factory;
    }

    public LangFunction factory() {
        return factory;
    }

    Object getOrCreate(Object key) {
        Object found = PyDicts.findKey(this, key);
        if (found != PyDicts.MISSING) {
            return get(found);
        }
        if (factory == null) {
            throw PyErrors.keyError(key);
        }
        Object value = factory.call(new Object[0]);
        put(key, value);
        return value;
    }

    @Override
    public String pyRepr() {
        StringBuilder out = new StringBuilder("defaultdict(").append(PyRepr.repr(factory)).append(", ");
        PyRepr.appendMap(out, this);
        return out.append(')').toString();
    }

    @Override
    public String pyTypeName() {
        return "collections.defaultdict";
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
