package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.Instance;
import dev.streamlab.lang.runtime.LangFunction;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code ==} and ordering: ints, floats and bools compare by value across types; str by code point;
 * tuples and lists lexicographically (but a list never equals a tuple); dicts and sets by content.
 */
public final class PyCompare {

    /** What {@link #compare} answers when a NaN makes two numbers unordered: every ordering test is false. */
    public static final int UNORDERED = 2;

    private PyCompare() {
    }

    static boolean isNumber(Object value) {
        return PyInts.isInt(value) || value instanceof Double || value instanceof Float;
    }

    public static boolean equal(Object a, Object b) {
        a = PyNamedTuple.asTuple(a);
        b = PyNamedTuple.asTuple(b);
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (isNumber(a) && isNumber(b)) {
            return compareNumbers(a, b) == 0 && !isNaN(a) && !isNaN(b);
        }
        if (a instanceof String || b instanceof String) {
            return a.equals(b);
        }
        if (a instanceof Tuple x && b instanceof Tuple y) {
            return x.arity() == y.arity() && sequenceCompare(List.of(x.toArray()), List.of(y.toArray()), true) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return x.size() == y.size() && sequenceCompare(x, y, true) == 0;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> entry : x.entrySet()) {
                Object key = PyDicts.findKey(y, entry.getKey());
                if (key == PyDicts.MISSING || !equal(entry.getValue(), y.get(key))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Set<?> x && b instanceof Set<?> y) {
            return x.size() == y.size() && x.containsAll(y);
        }
        Object custom = dunder(a, "__eq__", b);
        if (custom == NOT_IMPLEMENTED) {
            custom = dunder(b, "__eq__", a);
        }
        return custom == NOT_IMPLEMENTED ? a.equals(b) : PyOps.isTruthy(custom);
    }

    /** What a program class's rich comparison returned, or NOT_IMPLEMENTED when it defines none. */
    private static final Object NOT_IMPLEMENTED = new Object();

    private static Object dunder(Object receiver, String method, Object other) {
        if (receiver instanceof Instance instance && instance.classValue().isPython()
                && instance.classValue().classAttribute(method) != null
                && instance.member(method, null) instanceof LangFunction function) {
            Object result = function.call1(other);
            return result == PyNotImplemented.INSTANCE ? NOT_IMPLEMENTED : result;
        }
        return NOT_IMPLEMENTED;
    }

    private static boolean isNaN(Object value) {
        return value instanceof Double d && d.isNaN();
    }

    /** {@code a < b} as -1/0/1; raises TypeError for values Python cannot order. */
    public static int compare(Object a, Object b, String symbol) {
        a = PyNamedTuple.asTuple(a);
        b = PyNamedTuple.asTuple(b);
        if (isNumber(a) && isNumber(b)) {
            return compareNumbers(a, b);
        }
        if (a instanceof String x && b instanceof String y) {
            return compareStrings(x, y);
        }
        if (a instanceof Tuple x && b instanceof Tuple y) {
            return sequenceCompare(List.of(x.toArray()), List.of(y.toArray()), false);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return sequenceCompare(x, y, false);
        }
        if (a instanceof PyDateTime x && b instanceof PyDateTime y) {
            return x.compareTo(y);
        }
        if (a instanceof PyTimedelta x && b instanceof PyTimedelta y) {
            return x.compareTo(y);
        }
        if (a instanceof PyBytes x && b instanceof PyBytes y) {
            return Integer.signum(x.compareTo(y));
        }
        Object less = dunder(a, "__lt__", b);
        if (less == NOT_IMPLEMENTED) {
            less = dunder(b, "__gt__", a);
        }
        if (less != NOT_IMPLEMENTED) {
            if (PyOps.isTruthy(less)) {
                return -1;
            }
            Object greater = dunder(b, "__lt__", a);
            return greater != NOT_IMPLEMENTED && PyOps.isTruthy(greater) ? 1 : 0;
        }
        throw PyErrors.typeError("'" + symbol + "' not supported between instances of '" + PyRepr.typeName(a)
                + "' and '" + PyRepr.typeName(b) + "'");
    }

    /** Ordering for sorted/min/max (which use {@code <}). */
    public static int order(Object a, Object b) {
        return compare(a, b, "<");
    }

    static int compareNumbers(Object a, Object b) {
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyInts.compare(a, b);
        }
        if (PyInts.isInt(a) != PyInts.isInt(b)) {
            Object whole = PyInts.isInt(a) ? a : b;
            double real = ((Number) (PyInts.isInt(a) ? b : a)).doubleValue();
            if (!fitsDouble(whole) && Double.isFinite(real)) {
                int c = new java.math.BigDecimal(PyInts.big(whole)).compareTo(new java.math.BigDecimal(real));
                return PyInts.isInt(a) ? c : -c;
            }
        }
        double x = PyInts.isInt(a) ? PyInts.toDouble(a) : ((Number) a).doubleValue();
        double y = PyInts.isInt(b) ? PyInts.toDouble(b) : ((Number) b).doubleValue();
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return UNORDERED;
        }
        return Double.compare(x == 0 ? 0.0 : x, y == 0 ? 0.0 : y);
    }

    /** Ints up to 2^53 convert to double exactly; larger ones compare with floats exactly, as CPython does. */
    private static boolean fitsDouble(Object whole) {
        Object canonical = PyInts.canonical(whole);
        return canonical instanceof Long l && Math.abs(l) <= (1L << 53);
    }

    /** Code point order (Java's compareTo orders UTF-16 units, which differs above the BMP). */
    public static int compareStrings(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int sequenceCompare(List<?> a, List<?> b, boolean equalityOnly) {
        Iterator<?> x = a.iterator();
        Iterator<?> y = b.iterator();
        while (x.hasNext() && y.hasNext()) {
            Object p = x.next();
            Object q = y.next();
            if (!equal(p, q)) {
                return equalityOnly ? 1 : compare(p, q, "<");
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
