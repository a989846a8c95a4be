package dev.streamlab.cli;

import dev.streamlab.engine.Tuple;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Output elements as plain values, so that a Scala and a Python program's results compare: tuples and collections
 * become lists, whole numbers of any width one {@link BigInteger} (Python's int is Scala's Int or Long), characters
 * strings. Two values agree when equal, floating-point numbers within a tolerance.
 */
final class OutputValues {

    private OutputValues() {
    }

    static Object normalize(Object value) {
        if (value instanceof Tuple tuple) {
            List<Object> items = new ArrayList<>();
            for (Object item : tuple.toArray()) {
                items.add(normalize(item));
            }
            return items;
        }
        if (value instanceof Set<?> set) {
            return set.stream().map(OutputValues::normalize).sorted((a, b) -> show(a).compareTo(show(b))).toList();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(OutputValues::normalize).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(show(normalize(k)), normalize(v)));
            return sorted;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Character || value instanceof CharSequence) {
            return value.toString();
        }
        return value;
    }

    /** Whether two normalized values agree, numbers with at least one floating-point side within {@code tolerance}. */
    static boolean agree(Object a, Object b, double tolerance) {
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!agree(x.get(i), y.get(i), tolerance)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(k -> agree(x.get(k), y.get(k),
                    tolerance));
        }
        if ((a instanceof Double || b instanceof Double) && a instanceof Number x && b instanceof Number y) {
            double dx = x.doubleValue();
            double dy = y.doubleValue();
            return dx == dy || Math.abs(dx - dy) <= tolerance;
        }
        return a == null ? b == null : a.equals(b);
    }

    /**
     * Whether a Scala and a Python batch of elements agree, in order or as multisets. One difference is Spark's, not
     * the references': counting an empty batch prints {@code 0} in Scala and nothing in PySpark (its count is a
     * {@code reduce} over no partition), so a Scala {@code [0]} agrees with an empty Python batch.
     */
    static boolean agree(List<Object> scala, List<Object> python, boolean ordered, double tolerance) {
        if (python.isEmpty() && scala.size() == 1 && BigInteger.ZERO.equals(scala.get(0))) {
            return true;
        }
        return agreeAsValues(scala, python, ordered, tolerance);
    }

    private static boolean agreeAsValues(List<Object> a, List<Object> b, boolean ordered, double tolerance) {
        if (a.size() != b.size()) {
            return false;
        }
        if (ordered) {
            return agree((Object) a, b, tolerance);
        }
        List<Object> unmatched = new ArrayList<>(b);
        for (Object element : a) {
            int match = -1;
            for (int i = 0; i < unmatched.size() && match < 0; i++) {
                if (agree(element, unmatched.get(i), tolerance)) {
                    match = i;
                }
            }
            if (match < 0) {
                return false;
            }
            unmatched.remove(match);
        }
        return true;
    }

    /** A normalized value as messages show it: {@code ("word", 2)}. */
    static String show(Object value) {
        if (value instanceof List<?> list) {
            StringBuilder text = new StringBuilder("(");
            for (int i = 0; i < list.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(show(list.get(i)));
            }
            return text.append(')').toString();
        }
        if (value instanceof String text) {
            return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t")
                    .replace("\n", "\\n") + '"';
        }
        return String.valueOf(value);
    }
}
