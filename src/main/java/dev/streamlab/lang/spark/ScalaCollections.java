package dev.streamlab.lang.spark;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.RunContext;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Scala collections for what RDD actions return ({@code collect()} is an {@code Array}, {@code countByKey()} a
 * {@code Map}), made by the Scala library's own factories so that they print and behave like the student's.
 */
final class ScalaCollections {

    private ScalaCollections() {
    }

    private static Object make(RunContext context, String factory, List<?> items) {
        Object f = context.registry().globalValue(factory);
        if (f instanceof LangFunction function) {
            return function.call(items.toArray());
        }
        return List.copyOf(items);
    }

    static Object array(RunContext context, List<?> items) {
        return make(context, "Array", items);
    }

    static Object seq(RunContext context, List<?> items) {
        return make(context, "List", items);
    }

    static Object map(RunContext context, Map<?, ?> entries) {
        List<Object> pairs = new ArrayList<>(entries.size());
        entries.forEach((k, v) -> pairs.add(Tuple.pair(k, v)));
        return make(context, "Map", pairs);
    }

    /** A partition's records as a Scala {@code Iterator} (materialized: the partition is computed anyway). */
    static Object iterator(RunContext context, Iterator<?> records) {
        List<Object> items = new ArrayList<>();
        records.forEachRemaining(items::add);
        return make(context, "Iterator", items);
    }
}
