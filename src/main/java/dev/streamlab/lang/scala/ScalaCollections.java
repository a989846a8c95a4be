package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.Fns.method;

import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.rdd.Buffer;
import dev.streamlab.lang.runtime.Budget;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.runtime.LangFunction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The collection methods students reach for, on every Scala sequence and set (and on the engine's grouped-value
 * buffers, which are {@link java.util.List}s): {@code map}, {@code flatMap}, {@code filter}, {@code foldLeft},
 * {@code reduce}, {@code sum}, {@code mkString}, {@code sortBy}, {@code groupBy}, ... Results keep the receiver's
 * kind (a List maps to a List, an Array to an Array, a Range to a Vector, a Set to a Set).
 */
final class ScalaCollections {

    private ScalaCollections() {
    }

    static List<Object> items(Object receiver) {
        if (receiver instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Object> items = (List<Object>) list;
            return items;
        }
        List<Object> out = new ArrayList<>();
        if (receiver instanceof Iterable<?> iterable) {
            for (Object item : iterable) {
                out.add(item);
            }
            return out;
        }
        if (receiver instanceof Optional<?> option) {
            option.ifPresent(out::add);
            return out;
        }
        if (receiver instanceof String s) {
            for (char c : s.toCharArray()) {
                out.add(c);
            }
            return out;
        }
        throw new LangException("lang.scala.notIterable", null, ScalaTypes.name(receiver));
    }

    /** {@code hasNext}/{@code next()} are an Iterator's; a List has neither, as in Scala. */
    private static ScalaSeq iterator(ScalaSeq seq, String member) {
        if (seq.kind() != ScalaSeq.Kind.ITERATOR) {
            throw new LangException("lang.scala.notMember", null, member, ScalaTypes.name(seq));
        }
        return seq;
    }

    /** A collection of the receiver's kind holding {@code items}. */
    static Object rebuild(Object receiver, Collection<Object> items) {
        if (receiver instanceof ScalaSeq seq) {
            ScalaSeq.Kind kind = seq.kind() == ScalaSeq.Kind.RANGE ? ScalaSeq.Kind.VECTOR : seq.kind();
            return ScalaSeq.of(kind, items);
        }
        if (receiver instanceof Buffer) {
            return ScalaSeq.of(ScalaSeq.Kind.ARRAY_BUFFER, items);
        }
        if (receiver instanceof ScalaSet set) {
            return ScalaSet.of(set.isMutable(), items);
        }
        if (receiver instanceof Set<?>) {
            return ScalaSet.of(false, items);
        }
        if (receiver instanceof ScalaMap) {
            return ScalaSeq.list(items);
        }
        return ScalaSeq.list(items);
    }

    static Object map(Object receiver, Object f) {
        List<Object> source = items(receiver);
        List<Object> out = new ArrayList<>(source.size());
        for (Object item : source) {
            out.add(Fns.call1(f, item));
        }
        if (receiver instanceof ScalaMap map && allPairs(out)) {
            return toMap(map.isMutable(), out);
        }
        return rebuild(receiver, out);
    }

    static boolean allPairs(List<Object> items) {
        for (Object item : items) {
            if (!(item instanceof Tuple t && t.isPair())) {
                return false;
            }
        }
        return true;
    }

    static ScalaMap toMap(boolean mutable, List<Object> pairs) {
        Map<Object, Object> entries = new LinkedHashMap<>();
        for (Object item : pairs) {
            if (!(item instanceof Tuple t && t.isPair())) {
                throw new LangException("lang.scala.typeMismatch", null, ScalaTypes.name(item), "(K, V)");
            }
            entries.put(t.key(), t.value());
        }
        return ScalaMap.of(mutable, entries);
    }

    static Object flatMap(Object receiver, Object f) {
        List<Object> out = new ArrayList<>();
        for (Object item : items(receiver)) {
            Object result = Fns.call1(f, item);
            out.addAll(items(result));
            Budget.checkSize(out.size());
        }
        if (receiver instanceof ScalaMap map && allPairs(out)) {
            return toMap(map.isMutable(), out);
        }
        return rebuild(receiver, out);
    }

    static Object filter(Object receiver, Object f, boolean keep) {
        List<Object> out = new ArrayList<>();
        for (Object item : items(receiver)) {
            if (Fns.test(f, item) == keep) {
                out.add(item);
            }
        }
        if (receiver instanceof ScalaMap map) {
            return toMap(map.isMutable(), out);
        }
        return rebuild(receiver, out);
    }

    private static RuntimeException empty(String what) {
        return ScalaErrors.UNSUPPORTED.raise("empty." + what);
    }

    static Object head(Object receiver) {
        List<Object> items = items(receiver);
        if (items.isEmpty()) {
            throw ScalaErrors.NO_SUCH_ELEMENT.raise(receiver instanceof ScalaSeq s && s.kind() == ScalaSeq.Kind.LIST
                    ? "head of empty list" : "head of empty " + ScalaTypes.name(receiver));
        }
        return items.get(0);
    }

    static Object reduce(Object receiver, Object f, String name) {
        List<Object> items = items(receiver);
        if (items.isEmpty()) {
            throw empty(name);
        }
        Object acc = items.get(0);
        for (int i = 1; i < items.size(); i++) {
            acc = Fns.call2(f, acc, items.get(i));
        }
        return acc;
    }

    static Object foldLeft(Object receiver, Object zero, Object f) {
        Object acc = zero;
        for (Object item : items(receiver)) {
            acc = Fns.call2(f, acc, item);
        }
        return acc;
    }

    static Object foldRight(Object receiver, Object zero, Object f) {
        List<Object> items = items(receiver);
        Object acc = zero;
        for (int i = items.size() - 1; i >= 0; i--) {
            acc = Fns.call2(f, items.get(i), acc);
        }
        return acc;
    }

    static Object sum(Object receiver) {
        Object total = 0;
        for (Object item : items(receiver)) {
            total = ScalaOperators.add(total, item);
        }
        return total;
    }

    static Object product(Object receiver) {
        Object total = 1;
        for (Object item : items(receiver)) {
            total = ScalaOperators.multiply(total, item);
        }
        return total;
    }

    static Object extreme(Object receiver, Object key, boolean max, String name) {
        return extreme(receiver, key, ScalaOrdering.NATURAL, max, name);
    }

    static Object extreme(Object receiver, Object key, Comparator<Object> order, boolean max, String name) {
        List<Object> items = items(receiver);
        if (items.isEmpty()) {
            throw empty(name);
        }
        Object best = items.get(0);
        Object bestKey = key == null ? best : Fns.call1(key, best);
        for (int i = 1; i < items.size(); i++) {
            Object item = items.get(i);
            Object k = key == null ? item : Fns.call1(key, item);
            int c = order.compare(k, bestKey);
            if (max ? c > 0 : c < 0) {
                best = item;
                bestKey = k;
            }
        }
        return best;
    }

    static String mkString(Object receiver, String start, String separator, String end) {
        StringBuilder out = new StringBuilder(start);
        boolean first = true;
        for (Object item : items(receiver)) {
            if (!first) {
                out.append(separator);
            }
            first = false;
            ScalaPrinter.append(out, item);
            Budget.checkSize(out.length());
        }
        return out.append(end).toString();
    }

    static Object sorted(Object receiver, Comparator<Object> order) {
        List<Object> copy = new ArrayList<>(items(receiver));
        copy.sort(order);
        return rebuild(receiver instanceof Set<?> ? ScalaSeq.empty(ScalaSeq.Kind.LIST) : receiver, copy);
    }

    static Object groupBy(Object receiver, Object f) {
        Map<Object, List<Object>> groups = new LinkedHashMap<>();
        for (Object item : items(receiver)) {
            groups.computeIfAbsent(Fns.call1(f, item), k -> new ArrayList<>()).add(item);
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, receiver instanceof ScalaMap ? toMap(false, v) : rebuild(receiver, v)));
        return ScalaMap.of(false, out);
    }

    static Object zip(Object receiver, Object other) {
        List<Object> left = items(receiver);
        List<Object> right = items(other);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            out.add(Tuple.pair(left.get(i), right.get(i)));
        }
        return rebuild(receiver, out);
    }

    static Object zipWithIndex(Object receiver) {
        List<Object> items = items(receiver);
        List<Object> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(Tuple.pair(items.get(i), i));
        }
        return rebuild(receiver, out);
    }

    static Object slice(Object receiver, int from, int until) {
        List<Object> items = items(receiver);
        int start = Math.max(0, Math.min(from, items.size()));
        int end = Math.max(start, Math.min(until, items.size()));
        return rebuild(receiver, new ArrayList<>(items.subList(start, end)));
    }

    static Object concat(Object receiver, Object other) {
        if (receiver instanceof ScalaMap map && other instanceof Iterable<?>) {
            ScalaMap result = map;
            for (Object item : items(other)) {
                Tuple pair = (Tuple) item;
                result = result.plus(pair.key(), pair.value());
            }
            return result;
        }
        List<Object> out = new ArrayList<>(items(receiver));
        out.addAll(items(other));
        return rebuild(receiver, out);
    }

    static Object appended(Object receiver, Object item, boolean atEnd) {
        List<Object> out = new ArrayList<>(items(receiver));
        if (atEnd) {
            out.add(item);
        } else {
            out.add(0, item);
        }
        return rebuild(receiver, out);
    }

    static Object distinct(Object receiver) {
        return rebuild(receiver, new ArrayList<>(new LinkedHashSet<>(items(receiver))));
    }

    static Object reverse(Object receiver) {
        List<Object> out = new ArrayList<>(items(receiver));
        java.util.Collections.reverse(out);
        return rebuild(receiver, out);
    }

    static Object takeWhile(Object receiver, Object f, boolean take) {
        List<Object> items = items(receiver);
        int i = 0;
        while (i < items.size() && Fns.test(f, items.get(i))) {
            i++;
        }
        return rebuild(receiver, new ArrayList<>(take ? items.subList(0, i) : items.subList(i, items.size())));
    }

    static Object partition(Object receiver, Object f) {
        List<Object> yes = new ArrayList<>();
        List<Object> no = new ArrayList<>();
        for (Object item : items(receiver)) {
            (Fns.test(f, item) ? yes : no).add(item);
        }
        return Tuple.pair(rebuild(receiver, yes), rebuild(receiver, no));
    }

    static Object flatten(Object receiver) {
        List<Object> out = new ArrayList<>();
        for (Object item : items(receiver)) {
            out.addAll(items(item));
        }
        return rebuild(receiver, out);
    }

    static Object grouped(Object receiver, int size) {
        List<Object> items = items(receiver);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            out.add(rebuild(receiver, new ArrayList<>(items.subList(i, Math.min(items.size(), i + size)))));
        }
        return ScalaSeq.list(out);
    }

    static Object sliding(Object receiver, int size, int step) {
        List<Object> items = items(receiver);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i == 0 || i + size <= items.size() + step - 1 && i < items.size(); i += step) {
            out.add(rebuild(receiver, new ArrayList<>(items.subList(i, Math.min(items.size(), i + size)))));
            if (i + size >= items.size()) {
                break;
            }
        }
        return ScalaSeq.list(out);
    }

    static Object collect(Object receiver, Object partial) {
        LangFunction f = ScalaSemantics.function(partial, "collect");
        List<Object> out = new ArrayList<>();
        for (Object item : items(receiver)) {
            if (f.isDefinedAt(item)) {
                out.add(f.call1(item));
            }
        }
        if (receiver instanceof ScalaMap map && allPairs(out)) {
            return toMap(map.isMutable(), out);
        }
        return rebuild(receiver, out);
    }

    static Object find(Object receiver, Object f) {
        for (Object item : items(receiver)) {
            if (Fns.test(f, item)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    static Object count(Object receiver, Object f) {
        int n = 0;
        for (Object item : items(receiver)) {
            if (Fns.test(f, item)) {
                n++;
            }
        }
        return n;
    }

    static boolean exists(Object receiver, Object f, boolean all) {
        for (Object item : items(receiver)) {
            if (Fns.test(f, item) != all) {
                return !all;
            }
        }
        return all;
    }

    static Object foreach(Object receiver, Object f) {
        for (Object item : items(receiver)) {
            Fns.call1(f, item);
        }
        return ScalaUnit.INSTANCE;
    }

    static Object sortWith(Object receiver, Object lessThan) {
        return sorted(receiver, (a, b) -> Fns.test2(lessThan, a, b) ? -1 : Fns.test2(lessThan, b, a) ? 1 : 0);
    }

    static Object sortBy(Object receiver, Object key) {
        return sorted(receiver, (a, b) -> ScalaOrdering.compare(Fns.call1(key, a), Fns.call1(key, b)));
    }

    @SuppressWarnings("unchecked")
    static Object growInPlace(Object receiver, Collection<?> added) {
        if (receiver instanceof Collection<?> collection) {
            ((Collection<Object>) collection).addAll(added);
            return receiver;
        }
        throw new LangException("lang.scala.notMember", null, "+=", ScalaTypes.name(receiver));
    }

    static void install(HostRegistry r) {
        Class<Iterable> it = Iterable.class;
        method(r, it, "size", 0, (c, a) -> items(c).size());
        method(r, it, "length", 0, (c, a) -> items(c).size());
        method(r, it, "isEmpty", 0, (c, a) -> items(c).isEmpty());
        method(r, it, "nonEmpty", 0, (c, a) -> !items(c).isEmpty());
        method(r, it, "head", 0, (c, a) -> head(c));
        method(r, it, "headOption", 0, (c, a) -> items(c).isEmpty() ? Optional.empty()
                : Optional.ofNullable(items(c).get(0)));
        method(r, it, "last", 0, (c, a) -> {
            List<Object> items = items(c);
            if (items.isEmpty()) {
                throw ScalaErrors.NO_SUCH_ELEMENT.raise("last of empty " + ScalaTypes.name(c));
            }
            return items.get(items.size() - 1);
        });
        method(r, it, "lastOption", 0, (c, a) -> items(c).isEmpty() ? Optional.empty()
                : Optional.ofNullable(items(c).get(items(c).size() - 1)));
        method(r, it, "tail", 0, (c, a) -> {
            if (items(c).isEmpty()) {
                throw empty("tail");
            }
            return slice(c, 1, Integer.MAX_VALUE);
        });
        method(r, it, "init", 0, (c, a) -> {
            if (items(c).isEmpty()) {
                throw empty("init");
            }
            return slice(c, 0, items(c).size() - 1);
        });
        method(r, it, "take", 1, (c, a) -> slice(c, 0, Fns.toInt(a[0])));
        method(r, it, "drop", 1, (c, a) -> slice(c, Fns.toInt(a[0]), Integer.MAX_VALUE));
        method(r, it, "takeRight", 1, (c, a) -> slice(c, items(c).size() - Fns.toInt(a[0]), Integer.MAX_VALUE));
        method(r, it, "dropRight", 1, (c, a) -> slice(c, 0, items(c).size() - Fns.toInt(a[0])));
        method(r, it, "slice", 2, (c, a) -> slice(c, Fns.toInt(a[0]), Fns.toInt(a[1])));
        method(r, it, "takeWhile", 1, (c, a) -> takeWhile(c, a[0], true));
        method(r, it, "dropWhile", 1, (c, a) -> takeWhile(c, a[0], false));
        method(r, it, "map", 1, (c, a) -> map(c, a[0]));
        method(r, it, "flatMap", 1, (c, a) -> flatMap(c, a[0]));
        method(r, it, "filter", 1, (c, a) -> filter(c, a[0], true));
        method(r, it, "withFilter", 1, (c, a) -> filter(c, a[0], true));
        method(r, it, "filterNot", 1, (c, a) -> filter(c, a[0], false));
        method(r, it, "foreach", 1, (c, a) -> foreach(c, a[0]));
        method(r, it, "foldLeft", 1, (c, a) -> Fns.curried("foldLeft", f -> foldLeft(c, a[0], f)));
        method(r, it, "fold", 1, (c, a) -> Fns.curried("fold", f -> foldLeft(c, a[0], f)));
        method(r, it, "foldRight", 1, (c, a) -> Fns.curried("foldRight", f -> foldRight(c, a[0], f)));
        method(r, it, "reduce", 1, (c, a) -> reduce(c, a[0], "reduceLeft"));
        method(r, it, "reduceLeft", 1, (c, a) -> reduce(c, a[0], "reduceLeft"));
        method(r, it, "reduceRight", 1, (c, a) -> {
            List<Object> items = items(c);
            if (items.isEmpty()) {
                throw empty("reduceRight");
            }
            return foldRight(slice(c, 0, items.size() - 1), items.get(items.size() - 1), a[0]);
        });
        method(r, it, "reduceOption", 1, (c, a) -> items(c).isEmpty() ? Optional.empty()
                : Optional.of(reduce(c, a[0], "reduceLeft")));
        method(r, it, "sum", 0, (c, a) -> sum(c));
        method(r, it, "product", 0, (c, a) -> product(c));
        method(r, it, "max", 0, (c, a) -> extreme(c, null, true, "max"));
        method(r, it, "min", 0, (c, a) -> extreme(c, null, false, "min"));
        method(r, it, "maxBy", 1, (c, a) -> extreme(c, a[0], true, "maxBy"));
        method(r, it, "minBy", 1, (c, a) -> extreme(c, a[0], false, "minBy"));
        method(r, it, "count", 1, (c, a) -> count(c, a[0]));
        method(r, it, "exists", 1, (c, a) -> exists(c, a[0], false));
        method(r, it, "forall", 1, (c, a) -> exists(c, a[0], true));
        method(r, it, "contains", 1, (c, a) -> {
            for (Object item : items(c)) {
                if (ScalaOperators.equal(item, a[0])) {
                    return true;
                }
            }
            return false;
        });
        method(r, it, "find", 1, (c, a) -> find(c, a[0]));
        method(r, it, "collect", 1, (c, a) -> collect(c, a[0]));
        method(r, it, "collectFirst", 1, (c, a) -> {
            LangFunction f = ScalaSemantics.function(a[0], "collectFirst");
            for (Object item : items(c)) {
                if (f.isDefinedAt(item)) {
                    return Optional.ofNullable(f.call1(item));
                }
            }
            return Optional.empty();
        });
        method(r, it, "indexOf", 1, (c, a) -> {
            List<Object> items = items(c);
            for (int i = 0; i < items.size(); i++) {
                if (ScalaOperators.equal(items.get(i), a[0])) {
                    return i;
                }
            }
            return -1;
        });
        method(r, it, "mkString", 0, (c, a) -> mkString(c, "", "", ""));
        method(r, it, "mkString", 1, (c, a) -> mkString(c, "", ScalaPrinter.show(a[0]), ""));
        method(r, it, "mkString", 3, (c, a) -> mkString(c, ScalaPrinter.show(a[0]), ScalaPrinter.show(a[1]),
                ScalaPrinter.show(a[2])));
        method(r, it, "sorted", 0, (c, a) -> sorted(c, ScalaOrdering.NATURAL));
        method(r, it, "sortBy", 1, (c, a) -> sortBy(c, a[0]));
        method(r, it, "sortWith", 1, (c, a) -> sortWith(c, a[0]));
        method(r, it, "reverse", 0, (c, a) -> reverse(c));
        method(r, it, "distinct", 0, (c, a) -> distinct(c));
        method(r, it, "groupBy", 1, (c, a) -> groupBy(c, a[0]));
        method(r, it, "partition", 1, (c, a) -> partition(c, a[0]));
        method(r, it, "zip", 1, (c, a) -> zip(c, a[0]));
        method(r, it, "zipWithIndex", 0, (c, a) -> zipWithIndex(c));
        method(r, it, "flatten", 0, (c, a) -> flatten(c));
        method(r, it, "grouped", 1, (c, a) -> grouped(c, Fns.toInt(a[0])));
        method(r, it, "sliding", 1, (c, a) -> sliding(c, Fns.toInt(a[0]), 1));
        method(r, it, "sliding", 2, (c, a) -> sliding(c, Fns.toInt(a[0]), Fns.toInt(a[1])));
        method(r, it, "indices", 0, (c, a) -> ScalaSeq.range(0, items(c).size(), 1, false));
        method(r, it, "toList", 0, (c, a) -> ScalaSeq.list(items(c)));
        method(r, it, "toSeq", 0, (c, a) -> c instanceof ScalaSeq s && s.kind() == ScalaSeq.Kind.LIST ? c
                : ScalaSeq.list(items(c)));
        method(r, it, "toVector", 0, (c, a) -> ScalaSeq.of(ScalaSeq.Kind.VECTOR, items(c)));
        method(r, it, "toIndexedSeq", 0, (c, a) -> ScalaSeq.of(ScalaSeq.Kind.VECTOR, items(c)));
        method(r, it, "toArray", 0, (c, a) -> ScalaSeq.array(items(c)));
        method(r, it, "toBuffer", 0, (c, a) -> ScalaSeq.of(ScalaSeq.Kind.ARRAY_BUFFER, items(c)));
        method(r, it, "toSet", 0, (c, a) -> ScalaSet.of(false, items(c)));
        method(r, it, "toMap", 0, (c, a) -> toMap(false, items(c)));
        method(r, it, "iterator", 0, (c, a) -> ScalaSeq.of(ScalaSeq.Kind.ITERATOR, items(c)));
        method(r, ScalaSeq.class, "hasNext", 0, (s, a) -> !iterator(s, "hasNext").isEmpty());
        method(r, ScalaSeq.class, "next", 0, (s, a) -> iterator(s, "next").next());
        method(r, it, "toIterator", 0, (c, a) -> ScalaSeq.list(items(c)));
        method(r, it, "++", 1, (c, a) -> concat(c, a[0]));
        method(r, it, ":::", 1, (c, a) -> concat(a[0], c));
        method(r, it, "++:", 1, (c, a) -> concat(a[0], c));
        method(r, it, ":+", 1, (c, a) -> appended(c, a[0], true));
        method(r, it, "+:", 1, (c, a) -> appended(c, a[0], false));
        method(r, it, "::", 1, (c, a) -> appended(c, a[0], false));
        method(r, it, "updated", 2, (c, a) -> {
            List<Object> out = new ArrayList<>(items(c));
            out.set(Fns.toInt(a[0]), a[1]);
            return rebuild(c, out);
        });
        method(r, it, "apply", 1, (c, a) -> ScalaApply.apply(c, a));
        method(r, it, "lift", 1, (c, a) -> {
            int i = Fns.toInt(a[0]);
            List<Object> items = items(c);
            return i >= 0 && i < items.size() ? Optional.ofNullable(items.get(i)) : Optional.empty();
        });
        method(r, it, "diff", 1, (c, a) -> {
            List<Object> out = new ArrayList<>(items(c));
            for (Object item : items(a[0])) {
                out.remove(item);
            }
            return rebuild(c, out);
        });
        method(r, it, "intersect", 1, (c, a) -> {
            List<Object> other = items(a[0]);
            List<Object> out = new ArrayList<>();
            for (Object item : items(c)) {
                if (other.contains(item)) {
                    out.add(item);
                }
            }
            return rebuild(c, out);
        });
        method(r, it, "union", 1, (c, a) -> concat(c, a[0]));
        method(r, it, "copyToArray", 1, (c, a) -> ScalaUnit.INSTANCE);

        Class<Collection> growable = Collection.class;
        method(r, growable, "+=", 1, (c, a) -> growInPlace(c, List.of(a[0])));
        method(r, growable, "++=", 1, (c, a) -> growInPlace(c, items(a[0])));
        method(r, growable, "append", HostRegistry.ANY_ARITY, (c, a) -> {
            growInPlace(c, List.of(a));
            return ScalaUnit.INSTANCE;
        });
        method(r, growable, "appendAll", 1, (c, a) -> {
            growInPlace(c, items(a[0]));
            return ScalaUnit.INSTANCE;
        });
        method(r, growable, "enqueue", HostRegistry.ANY_ARITY, (c, a) -> {
            growInPlace(c, List.of(a));
            return ScalaUnit.INSTANCE;
        });
        method(r, growable, "-=", 1, (c, a) -> {
            c.remove(a[0]);
            return c;
        });
        method(r, growable, "clear", 0, (c, a) -> {
            c.clear();
            return ScalaUnit.INSTANCE;
        });
        Class<List> list = List.class;
        method(r, list, "prepend", 1, (c, a) -> {
            addAt(c, 0, a[0]);
            return c;
        });
        method(r, list, "+=:", 1, (c, a) -> {
            addAt(c, 0, a[0]);
            return c;
        });
        method(r, list, "insert", 2, (c, a) -> {
            addAt(c, Fns.toInt(a[0]), a[1]);
            return ScalaUnit.INSTANCE;
        });
        method(r, list, "remove", 1, (c, a) -> c.remove(Fns.toInt(a[0])));
        method(r, list, "dequeue", 0, (c, a) -> {
            if (c.isEmpty()) {
                throw ScalaErrors.NO_SUCH_ELEMENT.raise("empty collection");
            }
            return c.remove(0);
        });
        method(r, list, "update", 2, (c, a) -> {
            ScalaApply.update(c, new Object[] {a[0]}, a[1]);
            return ScalaUnit.INSTANCE;
        });
        method(r, Set.class, "+", 1, (c, a) -> appended(c, a[0], true));
        method(r, Set.class, "-", 1, (c, a) -> {
            List<Object> out = new ArrayList<>(items(c));
            out.remove(a[0]);
            return rebuild(c, out);
        });
        method(r, Set.class, "subsetOf", 1, (c, a) -> items(a[0]).containsAll(c));
    }

    @SuppressWarnings("unchecked")
    private static void addAt(List<?> list, int index, Object item) {
        ((List<Object>) list).add(index, item);
    }
}
