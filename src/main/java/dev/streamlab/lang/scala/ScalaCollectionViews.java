package dev.streamlab.lang.scala;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.NativeMethod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The collection side of {@code String} and {@code Option}, as Scala's implicit views give it: every member
 * {@code StringOps} declares (e.g. {@code takeWhile}, {@code span}, {@code grouped}) and every member {@code Option}
 * has through {@code option2Iterable} ({@code sum}, {@code toSet}, {@code mkString}), answered by the sequence
 * methods on the string's chars or the option's zero or one element. Installed after the collections, and only for
 * names that Scala's library declares (see {@link ScalaLibrarySurface}) and the receiver has no method of its own.
 * Strings come back as strings where StringOps returns a String (a run of chars, also inside a tuple, a sequence or
 * a map's values: {@code span}, {@code grouped}, {@code groupBy}); conversions ({@code toVector}) keep the chars.
 */
final class ScalaCollectionViews {

    private ScalaCollectionViews() {
    }

    static void install(HostRegistry r) {
        Set<String> stringMembers = new TreeSet<>(ScalaLibrarySurface.LISTING.members("String"));
        stringMembers.removeAll(r.methodNames(String.class));
        for (String name : stringMembers) {
            boolean keepsChars = name.startsWith("to") || name.startsWith("zip") || name.equals("iterator");
            delegate(r, String.class, ScalaSeq.class, name, receiver -> ScalaSeq.of(ScalaSeq.Kind.VECTOR,
                    ScalaCollections.items(receiver)), keepsChars ? result -> result : ScalaCollectionViews::strings);
        }
        Set<String> optionMembers = new TreeSet<>(ScalaLibrarySurface.LISTING.members("Iterable"));
        optionMembers.removeAll(ScalaLibrarySurface.LISTING.members("Option"));
        optionMembers.removeAll(r.methodNames(Optional.class));
        for (String name : optionMembers) {
            delegate(r, Optional.class, ScalaSeq.class, name, receiver -> ScalaSeq.list(
                    ScalaCollections.items(receiver)), result -> result);
        }
    }

    private static void delegate(HostRegistry r, Class<?> receiverType, Class<?> viewType, String name,
            java.util.function.UnaryOperator<Object> view, java.util.function.UnaryOperator<Object> back) {
        for (int arity : r.arities(viewType, name)) {
            NativeMethod target = r.findMethod(viewType, name, arity);
            boolean curried = r.isCurried(target);
            NativeMethod through = (context, receiver, args) -> back.apply(target.invoke(context,
                    view.apply(receiver), args));
            if (curried) {
                r.curriedMethod(receiverType, name, arity, through);
            } else {
                r.method(receiverType, name, arity, through);
            }
        }
    }

    /** A Vector of chars as a String, also inside tuples, sequences and map values. */
    private static Object strings(Object result) {
        if (result instanceof ScalaSeq seq && seq.kind() == ScalaSeq.Kind.VECTOR && allChars(seq)) {
            StringBuilder out = new StringBuilder(seq.size());
            for (Object c : seq) {
                out.append((char) (Character) c);
            }
            return out.toString();
        }
        if (result instanceof Tuple tuple) {
            Object[] items = tuple.toArray();
            for (int i = 0; i < items.length; i++) {
                items[i] = strings(items[i]);
            }
            return items.length == 2 ? Tuple.pair(items[0], items[1]) : Tuple.of(items);
        }
        if (result instanceof ScalaSeq seq && !seq.isEmpty() && seq.get(0) instanceof ScalaSeq) {
            List<Object> out = new ArrayList<>(seq.size());
            for (Object item : seq) {
                out.add(strings(item));
            }
            return ScalaSeq.of(seq.kind(), out);
        }
        if (result instanceof ScalaMap map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, strings(v)));
            return ScalaMap.of(map.isMutable(), out);
        }
        return result;
    }

    private static boolean allChars(List<Object> items) {
        for (Object item : items) {
            if (!(item instanceof Character)) {
                return false;
            }
        }
        return true;
    }
}
