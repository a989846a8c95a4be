package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.Fns.method;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.HostRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Map methods: {@code get} gives an Option, {@code getOrElse}, {@code contains}, {@code keys}/{@code values},
 * {@code updated}, {@code mapValues}; mutable maps {@code +=}, {@code put}, {@code getOrElseUpdate}. The
 * collection methods of {@link ScalaCollections} see a map as its {@code (key, value)} pairs.
 */
final class ScalaMaps {

    private ScalaMaps() {
    }

    private static ScalaMap copy(ScalaMap map, Map<Object, Object> entries) {
        return ScalaMap.of(map.isMutable(), entries);
    }

    static void install(HostRegistry r) {
        Class<ScalaMap> m = ScalaMap.class;
        method(r, m, "get", 1, (x, a) -> x.containsKey(a[0]) ? Optional.ofNullable(x.get(a[0])) : Optional.empty());
        Fns.byNameMethod(r, m, "getOrElse", 2, (x, a) -> x.containsKey(a[0]) ? x.get(a[0]) : Fns.force(a[1]), 1);
        method(r, m, "apply", 1, (x, a) -> ScalaApply.apply(x, a));
        method(r, m, "contains", 1, (x, a) -> x.containsKey(a[0]));
        method(r, m, "isDefinedAt", 1, (x, a) -> x.containsKey(a[0]));
        method(r, m, "keys", 0, (x, a) -> ScalaSet.of(false, x.keySet()));
        method(r, m, "keySet", 0, (x, a) -> ScalaSet.of(false, x.keySet()));
        method(r, m, "keysIterator", 0, (x, a) -> ScalaSeq.list(x.keySet()));
        method(r, m, "values", 0, (x, a) -> ScalaSeq.list(x.values()));
        method(r, m, "valuesIterator", 0, (x, a) -> ScalaSeq.list(x.values()));
        method(r, m, "size", 0, (x, a) -> x.size());
        method(r, m, "updated", 2, (x, a) -> x.plus(a[0], a[1]));
        method(r, m, "+", 1, (x, a) -> ScalaOperators.add(x, a[0]));
        method(r, m, "-", 1, (x, a) -> {
            Map<Object, Object> entries = new LinkedHashMap<>(x);
            entries.remove(a[0]);
            return copy(x, entries);
        });
        method(r, m, "mapValues", 1, (x, a) -> {
            Map<Object, Object> entries = new LinkedHashMap<>();
            x.forEach((k, v) -> entries.put(k, Fns.call1(a[0], v)));
            return copy(x, entries);
        });
        method(r, m, "filterKeys", 1, (x, a) -> {
            Map<Object, Object> entries = new LinkedHashMap<>();
            x.forEach((k, v) -> {
                if (Fns.test(a[0], k)) {
                    entries.put(k, v);
                }
            });
            return copy(x, entries);
        });
        method(r, m, "toMap", 0, (x, a) -> ScalaMap.of(false, x));
        method(r, m, "toList", 0, (x, a) -> ScalaSeq.list(ScalaCollections.items(x)));
        method(r, m, "toSeq", 0, (x, a) -> ScalaSeq.list(ScalaCollections.items(x)));
        method(r, m, "+=", 1, (x, a) -> {
            Tuple pair = (Tuple) a[0];
            x.put(pair.key(), pair.value());
            return x;
        });
        method(r, m, "++=", 1, (x, a) -> {
            for (Object item : ScalaCollections.items(a[0])) {
                Tuple pair = (Tuple) item;
                x.put(pair.key(), pair.value());
            }
            return x;
        });
        method(r, m, "-=", 1, (x, a) -> {
            x.remove(a[0]);
            return x;
        });
        method(r, m, "put", 2, (x, a) -> {
            boolean had = x.containsKey(a[0]);
            Object previous = x.put(a[0], a[1]);
            return had ? Optional.ofNullable(previous) : Optional.empty();
        });
        method(r, m, "remove", 1, (x, a) -> {
            boolean had = x.containsKey(a[0]);
            Object previous = x.remove(a[0]);
            return had ? Optional.ofNullable(previous) : Optional.empty();
        });
        method(r, m, "update", 2, (x, a) -> {
            x.put(a[0], a[1]);
            return ScalaUnit.INSTANCE;
        });
        Fns.byNameMethod(r, m, "getOrElseUpdate", 2, (x, a) -> {
            if (!x.containsKey(a[0])) {
                Object value = Fns.force(a[1]);
                x.put(a[0], value);
                return value;
            }
            return x.get(a[0]);
        }, 1);
        method(r, m, "foreach", 1, (x, a) -> {
            List<Object> pairs = new ArrayList<>(ScalaCollections.items(x));
            for (Object pair : pairs) {
                Fns.call1(a[0], pair);
            }
            return ScalaUnit.INSTANCE;
        });
    }
}
