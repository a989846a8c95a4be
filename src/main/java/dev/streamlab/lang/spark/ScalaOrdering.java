package dev.streamlab.lang.spark;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.LangException;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Scala's implicit {@code Ordering} for the keys students sort by: numbers, strings, chars, booleans, tuples, options. */
enum ScalaOrdering implements Comparator<Object> {
    INSTANCE;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public int compare(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return Integer.compare(x, y);
        }
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof Tuple x && b instanceof Tuple y) {
            for (int i = 0; i < Math.min(x.arity(), y.arity()); i++) {
                int c = compare(x.get(i), y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.arity(), y.arity());
        }
        if (a instanceof Optional<?> x && b instanceof Optional<?> y) {
            if (x.isEmpty() || y.isEmpty()) {
                return Boolean.compare(x.isPresent(), y.isPresent());
            }
            return compare(x.get(), y.get());
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                int c = compare(x.get(i), y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        if (a instanceof Comparable x && b != null && a.getClass() == b.getClass()) {
            return x.compareTo(b);
        }
        throw new SparkApiException("spark.ordering.none", null, String.valueOf(a), String.valueOf(b));
    }
}
