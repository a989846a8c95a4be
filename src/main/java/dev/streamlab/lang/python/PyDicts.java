package dev.streamlab.lang.python;

import java.util.Map;

/**
 * Dict key lookup with Python's numeric key identity: {@code d[1]}, {@code d[1.0]} and {@code d[True]} are the same
 * entry. Keys are stored as given (Java equality), and a numeric miss retries the equal int form.
 */
public final class PyDicts {

    /** Marker for "no such key" (None is a valid key). */
    public static final Object MISSING = new Object();

    private PyDicts() {
    }

    /** The stored key equal to {@code key}, or {@link #MISSING}. */
    public static Object findKey(Map<?, ?> map, Object key) {
        checkHashable(key);
        if (map.containsKey(key)) {
            return key;
        }
        Object alternative = alternative(key);
        if (alternative != null && map.containsKey(alternative)) {
            return alternative;
        }
        if (key instanceof Long l && (l == 0 || l == 1)) {
            Boolean b = l == 1;
            if (map.containsKey(b)) {
                return b;
            }
        }
        return MISSING;
    }

    private static Object alternative(Object key) {
        if (key instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (key instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return PyFloats.truncateToInt(d);
        }
        if (key instanceof Integer i) {
            return (long) i;
        }
        return null;
    }

    public static Object get(Map<?, ?> map, Object key) {
        Object found = findKey(map, key);
        if (found == MISSING) {
            throw PyErrors.keyError(key);
        }
        return map.get(found);
    }

    @SuppressWarnings("unchecked")
    public static void put(Map<?, ?> map, Object key, Object value) {
        Object found = findKey(map, key);
        ((Map<Object, Object>) map).put(found == MISSING ? key : found, value);
    }

    /** Lists, dicts, sets and bytearrays cannot be keys: {@code TypeError: unhashable type: 'list'}. */
    public static void checkHashable(Object key) {
        if (key instanceof java.util.List || key instanceof Map || key instanceof java.util.Set
                || key instanceof PyBytes bytes && bytes.pyTypeName().equals("bytearray")) {
            throw PyErrors.typeError("unhashable type: '" + PyRepr.typeName(key) + "'");
        }
        if (key instanceof dev.streamlab.engine.Tuple t) {
            for (int i = 0; i < t.arity(); i++) {
                checkHashable(t.get(i));
            }
        }
    }
}
