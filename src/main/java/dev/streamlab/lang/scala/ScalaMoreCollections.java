package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.Fns.method;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.Budget;
import dev.streamlab.lang.runtime.HostRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collection members the coverage corpus found missing: {@code span}, {@code splitAt}, {@code scanLeft}, the
 * {@code Option}-returning {@code maxOption}/{@code minByOption}/{@code reduceLeftOption}, {@code indexWhere},
 * {@code unzip}, {@code zipAll}, {@code padTo}, {@code groupMap}/{@code groupMapReduce}, {@code tails},
 * {@code permutations}/{@code combinations} in Scala's order, the in-place operations of mutable collections, and
 * {@code Option.zip}/{@code flatten}. Results keep the receiver's kind, as the other collection methods do.
 */
final class ScalaMoreCollections {

    private ScalaMoreCollections() {
    }

    private static List<Object> items(Object receiver) {
        return ScalaCollections.items(receiver);
    }

    private static Object rebuild(Object receiver, Collection<Object> items) {
        return ScalaCollections.rebuild(receiver, items);
    }

    private static Object part(Object receiver, List<Object> items, int from, int until) {
        return rebuild(receiver, new ArrayList<>(items.subList(from, until)));
    }

    private static int prefixLength(List<Object> items, Object p) {
        int i = 0;
        while (i < items.size() && Fns.test(p, items.get(i))) {
            i++;
        }
        return i;
    }

    private static int lastIndex(List<Object> items, java.util.function.Predicate<Object> matches) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (matches.test(items.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Object option(Object receiver, java.util.function.Supplier<Object> value) {
        return items(receiver).isEmpty() ? Optional.empty() : Optional.ofNullable(value.get());
    }

    private static Object scanLeft(Object receiver, Object zero, Object op) {
        List<Object> out = new ArrayList<>();
        Object acc = zero;
        out.add(acc);
        for (Object item : items(receiver)) {
            acc = Fns.call2(op, acc, item);
            out.add(acc);
        }
        return rebuild(receiver, out);
    }

    private static Object unzip(Object receiver, int arity) {
        List<List<Object>> columns = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            columns.add(new ArrayList<>());
        }
        for (Object item : items(receiver)) {
            Tuple tuple = (Tuple) item;
            for (int i = 0; i < arity; i++) {
                columns.get(i).add(tuple.get(i));
            }
        }
        Object[] parts = new Object[arity];
        for (int i = 0; i < arity; i++) {
            parts[i] = rebuild(receiver, columns.get(i));
        }
        return arity == 2 ? Tuple.pair(parts[0], parts[1]) : Tuple.of(parts);
    }

    private static Object groupMap(Object receiver, Object key, Object f, Object reduce) {
        Map<Object, List<Object>> groups = new LinkedHashMap<>();
        for (Object item : items(receiver)) {
            groups.computeIfAbsent(Fns.call1(key, item), k -> new ArrayList<>()).add(Fns.call1(f, item));
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Map.Entry<Object, List<Object>> group : groups.entrySet()) {
            if (reduce == null) {
                out.put(group.getKey(), rebuild(receiver, group.getValue()));
            } else {
                Object acc = group.getValue().get(0);
                for (Object next : group.getValue().subList(1, group.getValue().size())) {
                    acc = Fns.call2(reduce, acc, next);
                }
                out.put(group.getKey(), acc);
            }
        }
        return ScalaMap.of(false, out);
    }

    /** Scala's element kinds in first-occurrence order, each with its count (permutations and combinations). */
    private static List<Object> kinds(List<Object> items, List<Integer> counts) {
        List<Object> kinds = new ArrayList<>();
        for (Object item : items) {
            int at = -1;
            for (int k = 0; k < kinds.size(); k++) {
                if (ScalaOperators.equal(kinds.get(k), item)) {
                    at = k;
                }
            }
            if (at < 0) {
                kinds.add(item);
                counts.add(1);
            } else {
                counts.set(at, counts.get(at) + 1);
            }
        }
        return kinds;
    }

    private static void combine(List<Object> kinds, List<Integer> counts, int kind, int left, List<Object> chosen,
            Object receiver, List<Object> out) {
        if (left == 0) {
            out.add(rebuild(receiver, new ArrayList<>(chosen)));
            return;
        }
        if (kind == kinds.size()) {
            return;
        }
        for (int take = Math.min(left, counts.get(kind)); take >= 0; take--) {
            for (int i = 0; i < take; i++) {
                chosen.add(kinds.get(kind));
            }
            combine(kinds, counts, kind + 1, left - take, chosen, receiver, out);
            for (int i = 0; i < take; i++) {
                chosen.remove(chosen.size() - 1);
            }
        }
        Budget.checkSize(out.size());
    }

    private static Object combinations(Object receiver, int n) {
        List<Integer> counts = new ArrayList<>();
        List<Object> kinds = kinds(items(receiver), counts);
        List<Object> out = new ArrayList<>();
        if (n >= 0 && n <= items(receiver).size()) {
            combine(kinds, counts, 0, n, new ArrayList<>(), receiver, out);
        }
        return ScalaSeq.list(out);
    }

    /** Scala's order: the elements' kind indices, sorted, then each next permutation in lexicographic order. */
    private static Object permutations(Object receiver) {
        List<Integer> counts = new ArrayList<>();
        List<Object> kinds = kinds(items(receiver), counts);
        int[] index = new int[items(receiver).size()];
        int at = 0;
        for (int k = 0; k < kinds.size(); k++) {
            for (int c = 0; c < counts.get(k); c++) {
                index[at++] = k;
            }
        }
        List<Object> out = new ArrayList<>();
        while (true) {
            List<Object> permutation = new ArrayList<>(index.length);
            for (int i : index) {
                permutation.add(kinds.get(i));
            }
            out.add(rebuild(receiver, permutation));
            Budget.checkSize(out.size());
            int i = index.length - 2;
            while (i >= 0 && index[i] >= index[i + 1]) {
                i--;
            }
            if (i < 0) {
                return ScalaSeq.list(out);
            }
            int j = index.length - 1;
            while (index[j] <= index[i]) {
                j--;
            }
            int swap = index[i];
            index[i] = index[j];
            index[j] = swap;
            for (int l = i + 1, r = index.length - 1; l < r; l++, r--) {
                swap = index[l];
                index[l] = index[r];
                index[r] = swap;
            }
        }
    }

    @SuppressWarnings("rawtypes")
    static void install(HostRegistry r) {
        Class<Iterable> it = Iterable.class;
        method(r, it, "span", 1, (c, a) -> {
            List<Object> items = items(c);
            int n = prefixLength(items, a[0]);
            return Tuple.pair(part(c, items, 0, n), part(c, items, n, items.size()));
        });
        method(r, it, "splitAt", 1, (c, a) -> {
            List<Object> items = items(c);
            int n = Math.max(0, Math.min(items.size(), Fns.toInt(a[0])));
            return Tuple.pair(part(c, items, 0, n), part(c, items, n, items.size()));
        });
        method(r, it, "scanLeft", 1, (c, a) -> Fns.curried("scanLeft", op -> scanLeft(c, a[0], op)));
        method(r, it, "scan", 1, (c, a) -> Fns.curried("scan", op -> scanLeft(c, a[0], op)));
        method(r, it, "maxOption", 0, (c, a) -> option(c, () -> ScalaCollections.extreme(c, null, true, "max")));
        method(r, it, "minOption", 0, (c, a) -> option(c, () -> ScalaCollections.extreme(c, null, false, "min")));
        method(r, it, "maxByOption", 1, (c, a) -> option(c, () -> ScalaCollections.extreme(c, a[0], true, "max")));
        method(r, it, "minByOption", 1, (c, a) -> option(c, () -> ScalaCollections.extreme(c, a[0], false,
                "min")));
        method(r, it, "reduceLeftOption", 1, (c, a) -> option(c, () -> ScalaCollections.reduce(c, a[0],
                "reduceLeft")));
        method(r, it, "indexWhere", 1, (c, a) -> {
            List<Object> items = items(c);
            for (int i = 0; i < items.size(); i++) {
                if (Fns.test(a[0], items.get(i))) {
                    return i;
                }
            }
            return -1;
        });
        method(r, it, "lastIndexWhere", 1, (c, a) -> lastIndex(items(c), item -> Fns.test(a[0], item)));
        method(r, it, "lastIndexOf", 1, (c, a) -> lastIndex(items(c), item -> ScalaOperators.equal(item, a[0])));
        method(r, it, "findLast", 1, (c, a) -> {
            List<Object> items = items(c);
            int at = lastIndex(items, item -> Fns.test(a[0], item));
            return at < 0 ? Optional.empty() : Optional.ofNullable(items.get(at));
        });
        method(r, it, "unzip", 0, (c, a) -> unzip(c, 2));
        method(r, it, "unzip3", 0, (c, a) -> unzip(c, 3));
        method(r, it, "zipAll", 3, (c, a) -> {
            List<Object> left = items(c);
            List<Object> right = items(a[0]);
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                out.add(Tuple.pair(i < left.size() ? left.get(i) : a[1], i < right.size() ? right.get(i) : a[2]));
            }
            return rebuild(c, out);
        });
        method(r, it, "padTo", 2, (c, a) -> {
            List<Object> out = new ArrayList<>(items(c));
            Budget.checkSize(Fns.toInt(a[0]));
            while (out.size() < Fns.toInt(a[0])) {
                out.add(a[1]);
            }
            return rebuild(c, out);
        });
        method(r, it, "groupMap", 1, (c, a) -> Fns.curried("groupMap", f -> groupMap(c, a[0], f, null)));
        method(r, it, "groupMapReduce", 1, (c, a) -> Fns.curried("groupMapReduce", f -> Fns.curried(
                "groupMapReduce", op -> groupMap(c, a[0], f, op))));
        method(r, it, "tails", 0, (c, a) -> {
            List<Object> items = items(c);
            List<Object> out = new ArrayList<>();
            for (int i = 0; i <= items.size(); i++) {
                out.add(part(c, items, i, items.size()));
            }
            return ScalaSeq.list(out);
        });
        method(r, it, "inits", 0, (c, a) -> {
            List<Object> items = items(c);
            List<Object> out = new ArrayList<>();
            for (int i = items.size(); i >= 0; i--) {
                out.add(part(c, items, 0, i));
            }
            return ScalaSeq.list(out);
        });
        method(r, it, "tapEach", 1, (c, a) -> {
            ScalaCollections.foreach(c, a[0]);
            return c;
        });
        method(r, it, "distinctBy", 1, (c, a) -> {
            Map<Object, Object> firstByKey = new LinkedHashMap<>();
            for (Object item : items(c)) {
                firstByKey.putIfAbsent(Fns.call1(a[0], item), item);
            }
            return rebuild(c, new ArrayList<>(firstByKey.values()));
        });
        method(r, it, "transpose", 0, (c, a) -> {
            List<Object> rows = items(c);
            List<Object> out = new ArrayList<>();
            int width = rows.isEmpty() ? 0 : items(rows.get(0)).size();
            for (int col = 0; col < width; col++) {
                List<Object> column = new ArrayList<>();
                for (Object row : rows) {
                    column.add(items(row).get(col));
                }
                out.add(rebuild(rows.get(0), column));
            }
            return rebuild(c, out);
        });
        method(r, it, "combinations", 1, (c, a) -> combinations(c, Fns.toInt(a[0])));
        method(r, it, "permutations", 0, (c, a) -> permutations(c));
        method(r, it, "lengthCompare", 1, (c, a) -> Integer.compare(items(c).size(), Fns.toInt(a[0])));
        method(r, it, "sizeCompare", 1, (c, a) -> Integer.compare(items(c).size(), Fns.toInt(a[0])));
        method(r, it, "sameElements", 1, (c, a) -> {
            List<Object> left = items(c);
            List<Object> right = items(a[0]);
            if (left.size() != right.size()) {
                return false;
            }
            for (int i = 0; i < left.size(); i++) {
                if (!ScalaOperators.equal(left.get(i), right.get(i))) {
                    return false;
                }
            }
            return true;
        });
        method(r, it, "appended", 1, (c, a) -> ScalaCollections.appended(c, a[0], true));
        method(r, it, "prepended", 1, (c, a) -> ScalaCollections.appended(c, a[0], false));
        method(r, it, "appendedAll", 1, (c, a) -> ScalaCollections.concat(c, a[0]));
        method(r, it, "concat", 1, (c, a) -> ScalaCollections.concat(c, a[0]));
        method(r, it, "startsWith", 1, (c, a) -> {
            List<Object> items = items(c);
            List<Object> prefix = items(a[0]);
            return prefix.size() <= items.size() && items.subList(0, prefix.size()).equals(prefix);
        });
        method(r, it, "endsWith", 1, (c, a) -> {
            List<Object> items = items(c);
            List<Object> suffix = items(a[0]);
            return suffix.size() <= items.size() && items.subList(items.size() - suffix.size(), items.size())
                    .equals(suffix);
        });

        Class<Optional> o = Optional.class;
        method(r, o, "zip", 1, (x, a) -> {
            Optional<?> other = a[0] instanceof Optional<?> opt ? opt : items(a[0]).isEmpty() ? Optional.empty()
                    : Optional.ofNullable(items(a[0]).get(0));
            return x.isPresent() && other.isPresent() ? Optional.of(Tuple.pair(x.get(), other.get()))
                    : Optional.empty();
        });
        method(r, o, "flatten", 0, (x, a) -> x.isPresent() ? x.get() : x);
        method(r, o, "iterator", 0, (x, a) -> ScalaSeq.of(ScalaSeq.Kind.ITERATOR, items(x)));

        method(r, ScalaSeq.class, "filterInPlace", 1, (x, a) -> {
            x.removeIf(item -> !Fns.test(a[0], item));
            return x;
        });
        method(r, ScalaSet.class, "filterInPlace", 1, (x, a) -> {
            x.removeIf(item -> !Fns.test(a[0], item));
            return x;
        });
        method(r, ScalaSet.class, "clear", 0, (x, a) -> {
            x.clear();
            return ScalaUnit.INSTANCE;
        });
        method(r, ScalaMap.class, "clear", 0, (x, a) -> {
            x.clear();
            return ScalaUnit.INSTANCE;
        });
        method(r, ScalaMap.class, "filterInPlace", 1, (x, a) -> {
            x.entrySet().removeIf(e -> !Fns.test2(a[0], e.getKey(), e.getValue()));
            return x;
        });
        method(r, ScalaMap.class, "mapValuesInPlace", 1, (x, a) -> {
            x.replaceAll((k, v) -> Fns.call2(a[0], k, v));
            return x;
        });
        method(r, ScalaMap.class, "foreachEntry", 1, (x, a) -> {
            x.forEach((k, v) -> Fns.call2(a[0], k, v));
            return ScalaUnit.INSTANCE;
        });
        method(r, ScalaMap.class, "removed", 1, (x, a) -> {
            Map<Object, Object> out = new LinkedHashMap<>(x);
            out.remove(a[0]);
            return ScalaMap.of(x.isMutable(), out);
        });
        method(r, ScalaMap.class, "transform", 1, (x, a) -> {
            Map<Object, Object> out = new LinkedHashMap<>();
            x.forEach((k, v) -> out.put(k, Fns.call2(a[0], k, v)));
            if (x.isMutable()) {
                x.putAll(out);
                return x;
            }
            return ScalaMap.of(false, out);
        });
    }
}
