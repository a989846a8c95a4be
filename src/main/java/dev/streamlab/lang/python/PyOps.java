package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.Budget;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's operators on runtime values: int arithmetic exact, {@code /} always a float, {@code //} and {@code %}
 * flooring with the divisor's sign, bools as ints, sequence concatenation and repetition, set algebra, datetime
 * arithmetic; errors as CPython 3.11 words them.
 */
public final class PyOps {

    private PyOps() {
    }

    private static boolean isFloat(Object value) {
        return value instanceof Double || value instanceof Float;
    }

    private static boolean isNumber(Object value) {
        return PyInts.isInt(value) || isFloat(value);
    }

    private static double toDouble(Object value) {
        return PyInts.isInt(value) ? PyInts.toDouble(value) : ((Number) value).doubleValue();
    }

    public static boolean isTruthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Long l) {
            return l != 0;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Double d) {
            return d != 0;
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (value instanceof Tuple t) {
            return t.arity() > 0;
        }
        if (value instanceof BigInteger b) {
            return b.signum() != 0;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof PyRange r) {
            return r.length() > 0;
        }
        if (value instanceof PyTimedelta t) {
            return t.totalMicros() != 0;
        }
        if (value instanceof ResultIterable r) {
            return r.size() > 0;
        }
        if (value instanceof PyBytes b) {
            return b.length() > 0;
        }
        return true;
    }

    public static Object add(Object a, Object b) {
        a = PyNamedTuple.asTuple(a);
        b = PyNamedTuple.asTuple(b);
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyInts.add(a, b);
        }
        if (isNumber(a) && isNumber(b)) {
            return toDouble(a) + toDouble(b);
        }
        if (a instanceof String x) {
            if (b instanceof String y) {
                Budget.checkSize((long) x.length() + y.length());
                return x.concat(y);
            }
            throw concatenate("str", b);
        }
        if (a instanceof List<?> x) {
            if (b instanceof List<?> y) {
                Budget.checkSize((long) x.size() + y.size());
                List<Object> out = new ArrayList<>(x);
                out.addAll(y);
                return out;
            }
            throw concatenate("list", b);
        }
        if (a instanceof PyBytes x) {
            return x.concat(b);
        }
        if (a instanceof Tuple x) {
            if (b instanceof Tuple y) {
                Object[] items = new Object[x.arity() + y.arity()];
                System.arraycopy(x.toArray(), 0, items, 0, x.arity());
                System.arraycopy(y.toArray(), 0, items, x.arity(), y.arity());
                return Tuple.of(items);
            }
            throw concatenate("tuple", b);
        }
        if (a instanceof PyDateTime x && b instanceof PyTimedelta y) {
            return x.plus(y);
        }
        if (a instanceof PyTimedelta x && b instanceof PyDateTime y) {
            return y.plus(x);
        }
        if (a instanceof PyTimedelta x && b instanceof PyTimedelta y) {
            return x.plus(y);
        }
        if (a instanceof PyCounter x && b instanceof PyCounter y) {
            return x.combine(y, "+");
        }
        throw PyErrors.unsupported("+", a, b);
    }

    private static RuntimeException concatenate(String type, Object other) {
        return PyErrors.typeError("can only concatenate " + type + " (not \"" + PyRepr.typeName(other) + "\") to "
                + type);
    }

    public static Object subtract(Object a, Object b) {
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyInts.subtract(a, b);
        }
        if (isNumber(a) && isNumber(b)) {
            return toDouble(a) - toDouble(b);
        }
        if (setAlgebra(a, b)) {
            return asSet(a).difference(asSet(b));
        }
        if (a instanceof PyDateTime x && b instanceof PyTimedelta y) {
            return x.minus(y);
        }
        if (a instanceof PyDateTime x && b instanceof PyDateTime y) {
            return x.minus(y);
        }
        if (a instanceof PyTimedelta x && b instanceof PyTimedelta y) {
            return x.plus(y.negate());
        }
        if (a instanceof PyCounter x && b instanceof PyCounter y) {
            return x.combine(y, "-");
        }
        throw PyErrors.unsupported("-", a, b);
    }

    public static Object multiply(Object a, Object b) {
        a = PyNamedTuple.asTuple(a);
        b = PyNamedTuple.asTuple(b);
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyInts.multiply(a, b);
        }
        if (isNumber(a) && isNumber(b)) {
            return toDouble(a) * toDouble(b);
        }
        if (PyInts.isInt(b) && !isNumber(a)) {
            return repeat(a, b);
        }
        if (PyInts.isInt(a) && !isNumber(b)) {
            return repeat(b, a);
        }
        if (a instanceof PyTimedelta x && isNumber(b)) {
            return PyTimedelta.ofMicros(Math.round(x.totalMicros() * toDouble(b)));
        }
        throw PyErrors.unsupported("*", a, b);
    }

    /** The size of {@code n} repetitions of {@code length} items, saturated instead of overflowing. */
    private static long sizeOf(long n, long length) {
        try {
            return Math.multiplyExact(n, length);
        } catch (ArithmeticException tooLarge) {
            return Long.MAX_VALUE;
        }
    }

    private static Object repeat(Object sequence, Object times) {
        java.math.BigInteger count = PyInts.big(times).max(java.math.BigInteger.ZERO);
        long n = count.bitLength() < 63 ? count.longValue() : Long.MAX_VALUE;
        if (sequence instanceof String s) {
            Budget.checkSize(sizeOf(n, s.length()));
            return s.repeat((int) n);
        }
        if (sequence instanceof PyBytes b) {
            Budget.checkSize(sizeOf(n, b.length()));
            return b.repeat(n);
        }
        if (sequence instanceof List<?> list) {
            Budget.checkSize(sizeOf(n, list.size()));
            List<Object> out = new ArrayList<>();
            for (long i = 0; i < n; i++) {
                out.addAll(list);
            }
            return out;
        }
        if (sequence instanceof Tuple t) {
            Budget.checkSize(sizeOf(n, t.arity()));
            List<Object> out = new ArrayList<>();
            for (long i = 0; i < n; i++) {
                out.addAll(List.of(t.toArray()));
            }
            return Tuple.of(out.toArray());
        }
        throw PyErrors.unsupported("*", sequence, times);
    }

    public static Object trueDivide(Object a, Object b) {
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyInts.trueDivide(a, b);
        }
        if (isNumber(a) && isNumber(b)) {
            double y = toDouble(b);
            if (y == 0) {
                throw PyErrors.zeroDivision("float division by zero");
            }
            return toDouble(a) / y;
        }
        if (a instanceof PyTimedelta x && b instanceof PyTimedelta y) {
            if (y.totalMicros() == 0) {
                throw PyErrors.zeroDivision("division by zero");
            }
            return (double) x.totalMicros() / y.totalMicros();
        }
        throw PyErrors.unsupported("/", a, b);
    }

    public static Object floorDivide(Object a, Object b) {
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyInts.floorDivide(a, b);
        }
        if (isNumber(a) && isNumber(b)) {
            double y = toDouble(b);
            if (y == 0) {
                throw PyErrors.zeroDivision("float floor division by zero");
            }
            double x = toDouble(a);
            return Math.floor((x - floatMod(x, y)) / y + 0.0);
        }
        throw PyErrors.unsupported("//", a, b);
    }

    public static Object modulo(Object a, Object b) {
        if (a instanceof String template) {
            return PyFormat.percent(template, b);
        }
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyInts.modulo(a, b);
        }
        if (isNumber(a) && isNumber(b)) {
            double y = toDouble(b);
            if (y == 0) {
                throw PyErrors.zeroDivision("float modulo");
            }
            return floatMod(toDouble(a), y);
        }
        throw PyErrors.unsupported("%", a, b);
    }

    private static double floatMod(double x, double y) {
        double r = x % y;
        if (r != 0 && (y < 0) != (r < 0)) {
            r += y;
        } else if (r == 0) {
            r = Math.copySign(0.0, y);
        }
        return r;
    }

    public static Object power(Object a, Object b) {
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyInts.power(a, b);
        }
        if (isNumber(a) && isNumber(b)) {
            double x = toDouble(a);
            double y = toDouble(b);
            if (x == 0 && y < 0) {
                throw PyErrors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            if (x < 0 && y != Math.rint(y) && Double.isFinite(y)) {
                throw PyErrors.valueError("the lab does not support complex numbers (a negative number raised to "
                        + "a fractional power)");
            }
            double r = Math.pow(x, y);
            if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
                throw PyErrors.overflow("(34, 'Numerical result out of range')");
            }
            return r;
        }
        throw PyErrors.unsupported("** or pow()", a, b);
    }

    public static Object bitAnd(Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x & y;
        }
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyInts.and(a, b);
        }
        if (setAlgebra(a, b)) {
            return asSet(a).intersection(asSet(b));
        }
        if (a instanceof PyCounter x && b instanceof PyCounter y) {
            return x.combine(y, "&");
        }
        throw PyErrors.unsupported("&", a, b);
    }

    public static Object bitOr(Object a, Object b) {
        if (a instanceof PyCounter x && b instanceof PyCounter y) {
            return x.combine(y, "|");
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x | y;
        }
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyInts.or(a, b);
        }
        if (setAlgebra(a, b)) {
            return asSet(a).union(asSet(b));
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            Map<Object, Object> out = new LinkedHashMap<>(x);
            y.forEach((k, v) -> PyDicts.put(out, k, v));
            return out;
        }
        throw PyErrors.unsupported("|", a, b);
    }

    public static Object bitXor(Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x ^ y;
        }
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyInts.xor(a, b);
        }
        if (setAlgebra(a, b)) {
            return asSet(a).symmetricDifference(asSet(b));
        }
        throw PyErrors.unsupported("^", a, b);
    }

    /** Sets, and dict key/item views, take part in set algebra ({@code d.keys() & other} is a set). */
    private static boolean isSetLike(Object value) {
        return value instanceof Set || value instanceof PyDictView view && view.isSetLike();
    }

    /** Two sets, or a dict view with any iterable (views accept lists on their right, sets do not). */
    private static boolean setAlgebra(Object a, Object b) {
        return isSetLike(a) && isSetLike(b) || a instanceof PyDictView view && view.isSetLike() && !isNumber(b);
    }

    /** Sets from the engine or other hosts, and dict views, join Python's set algebra as PySets. */
    private static PySet asSet(Object set) {
        return set instanceof PySet py ? py : PySet.of(set);
    }

    public static Object shiftLeft(Object a, Object b) {
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyInts.shiftLeft(a, b);
        }
        throw PyErrors.unsupported("<<", a, b);
    }

    public static Object shiftRight(Object a, Object b) {
        if (PyInts.isInt(a) && PyInts.isInt(b)) {
            return PyInts.shiftRight(a, b);
        }
        throw PyErrors.unsupported(">>", a, b);
    }

    /** {@code is}: identity, with CPython's shared singletons (None, bools, small ints, equal short strings). */
    public static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Boolean || a instanceof Long && PyInts.compare(a, -6L) > 0 && PyInts.compare(a, 257L) < 0
                || a instanceof String) {
            return a.getClass() == b.getClass() && a.equals(b);
        }
        return false;
    }

    public static Object negate(Object a) {
        if (PyInts.isInt(a)) {
            return PyInts.negate(PyInts.canonical(a));
        }
        if (isFloat(a)) {
            return -toDouble(a);
        }
        if (a instanceof PyTimedelta t) {
            return t.negate();
        }
        throw PyErrors.typeError("bad operand type for unary -: '" + PyRepr.typeName(a) + "'");
    }

    public static Object plus(Object a) {
        if (PyInts.isInt(a)) {
            return PyInts.canonical(a);
        }
        if (isFloat(a) || a instanceof PyTimedelta) {
            return a;
        }
        throw PyErrors.typeError("bad operand type for unary +: '" + PyRepr.typeName(a) + "'");
    }

    public static Object invert(Object a) {
        if (PyInts.isInt(a)) {
            return PyInts.invert(PyInts.canonical(a));
        }
        throw PyErrors.typeError("bad operand type for unary ~: '" + PyRepr.typeName(a) + "'");
    }
}
