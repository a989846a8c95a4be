package dev.streamlab.lang.spark;

import dev.streamlab.engine.Tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records of either dialect as plain comparable values: Scala's {@code Some(x)}/{@code None} and Python's value/None
 * meet as the value or null, every sequence (ArrayBuffer, CompactBuffer, Scala List, Python list, ResultIterable)
 * as a Java list, every integer as a Long, a Scala Char as a one-letter string. Tuples stay tuples.
 */
final class RecordValues {

    /** A tuple of normalized items (engine tuples are compared by identity of their items' types otherwise). */
    record Tup(List<Object> items) {
        @Override
        public String toString() {
            return "(" + String.join(", ", items.stream().map(String::valueOf).toList()) + ")";
        }
    }

    private RecordValues() {
    }

    static Object of(Object value) {
        if (value instanceof Optional<?> option) {
            return option.map(RecordValues::of).orElse(null);
        }
        if (value instanceof Tuple tuple) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < tuple.arity(); i++) {
                items.add(of(tuple.get(i)));
            }
            return new Tup(items);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof Character c) {
            return String.valueOf(c);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> plain = new HashMap<>();
            map.forEach((k, v) -> plain.put(of(k), of(v)));
            return plain;
        }
        if (value instanceof Set<?> set) {
            Set<Object> plain = new HashSet<>();
            set.forEach(x -> plain.add(of(x)));
            return plain;
        }
        if (value instanceof Iterable<?> items && !(value instanceof CharSequence)) {
            List<Object> plain = new ArrayList<>();
            items.forEach(x -> plain.add(of(x)));
            return plain;
        }
        return value;
    }

    static List<Object> all(List<Object> records) {
        List<Object> plain = new ArrayList<>();
        records.forEach(r -> plain.add(of(r)));
        return plain;
    }
}
