package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.Fns.method;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.ast.BinaryOp;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Scala 2.13's {@code +=(elem1, elem2, elems*)} and {@code -=(elem1, elem2, elems*)} on mutable collections and
 * {@code +(elem1, elem2, elems*)}, {@code -(...)} on Sets and Maps, which {@code b += (1, 2, 3)} and, on a var
 * holding an immutable Set, {@code s += (2, 3)} call: each operand is added or removed. Scala does not tuple such
 * operands ({@code m += ("c", 3)} does not compile), so a Map given non-pairs, or a collection of tuples given
 * plain values, is refused as scalac refuses it rather than filled with the parts. Known difference: an empty
 * collection of tuples cannot be told from one of {@code Any} at run time, so it takes the parts.
 */
final class ScalaSeveralOperands {

    private ScalaSeveralOperands() {
    }

    static void install(HostRegistry r) {
        int any = HostRegistry.ANY_ARITY;
        method(r, Collection.class, "+=", any, (c, a) -> ScalaCollections.growInPlace(c, elements(c, a)));
        method(r, Collection.class, "-=", any, (c, a) -> {
            for (Object item : elements(c, a)) {
                c.remove(item);
            }
            return c;
        });
        method(r, ScalaSet.class, "+", any, (s, a) -> fold(s, "+", elements(s, a)));
        method(r, ScalaSet.class, "-", any, (s, a) -> fold(s, "-", elements(s, a)));
        method(r, ScalaMap.class, "+=", any, (m, a) -> {
            for (Tuple pair : pairs(a)) {
                m.put(pair.key(), pair.value());
            }
            return m;
        });
        method(r, ScalaMap.class, "-=", any, (m, a) -> {
            for (Object key : a) {
                m.remove(key);
            }
            return m;
        });
        method(r, ScalaMap.class, "+", any, (m, a) -> fold(m, "+", new ArrayList<>(pairs(a))));
        method(r, ScalaMap.class, "-", any, (m, a) -> fold(m, "-", List.of(a)));
    }

    private static Object fold(Object collection, String operator, List<Object> operands) {
        Object result = collection;
        for (Object operand : operands) {
            result = operator.equals("+") ? ScalaOperators.add(result, operand)
                    : ScalaOperators.binary(BinaryOp.SUB).apply(result, operand);
        }
        return result;
    }

    /** The operands, refused when the collection holds tuples of their number and they are not tuples. */
    private static List<Object> elements(Collection<?> collection, Object[] operands) {
        if (!collection.isEmpty() && collection.iterator().next() instanceof Tuple first
                && first.arity() == operands.length) {
            for (Object operand : operands) {
                if (!(operand instanceof Tuple)) {
                    throw new LangException("lang.scala.typeMismatch", null, ScalaTypes.name(operand),
                            "Tuple" + first.arity());
                }
            }
        }
        List<Object> out = new ArrayList<>(operands.length);
        for (Object operand : operands) {
            out.add(operand);
        }
        return out;
    }

    private static List<Tuple> pairs(Object[] operands) {
        List<Tuple> out = new ArrayList<>(operands.length);
        for (Object operand : operands) {
            if (!(operand instanceof Tuple pair && pair.isPair())) {
                throw new LangException("lang.scala.typeMismatch", null, ScalaTypes.name(operand), "(K, V)");
            }
            out.add(pair);
        }
        return out;
    }
}
