package dev.streamlab.lang.scala;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.Instance;
import dev.streamlab.lang.runtime.LangException;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Optional;

/**
 * Scala's implicit {@code Ordering}s for {@code sorted}, {@code max}, {@code sortBy}: numbers, strings, chars,
 * booleans, tuples (element by element), options (None first) and sequences.
 */
final class ScalaOrdering {

    static final Comparator<Object> NATURAL = ScalaOrdering::compare;

    private ScalaOrdering() {
    }

    static int compare(Object a, Object b) {
        if (ScalaBigNumbers.comparable(a, b)) {
            return ScalaBigNumbers.compare(a, b);
        }
        int ra = ScalaNumbers.rank(a);
        int rb = ScalaNumbers.rank(b);
        if (ra > 0 && rb > 0) {
            int rank = Math.max(ra, rb);
            if (rank == ScalaNumbers.INT) {
                return Integer.compare(ScalaNumbers.toInt(a), ScalaNumbers.toInt(b));
            }
            if (rank == ScalaNumbers.LONG) {
                return Long.compare(ScalaNumbers.toLong(a), ScalaNumbers.toLong(b));
            }
            return Double.compare(ScalaNumbers.toDouble(a), ScalaNumbers.toDouble(b));
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        if (a instanceof Tuple x && b instanceof Tuple y && x.arity() == y.arity()) {
            for (int i = 0; i < x.arity(); i++) {
                int c = compare(x.get(i), y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
        if (a instanceof Optional<?> x && b instanceof Optional<?> y) {
            if (x.isEmpty() || y.isEmpty()) {
                return Boolean.compare(x.isPresent(), y.isPresent());
            }
            return compare(x.get(), y.get());
        }
        if (a instanceof Iterable<?> x && b instanceof Iterable<?> y) {
            Iterator<?> i = x.iterator();
            Iterator<?> j = y.iterator();
            while (i.hasNext() && j.hasNext()) {
                int c = compare(i.next(), j.next());
                if (c != 0) {
                    return c;
                }
            }
            return Boolean.compare(i.hasNext(), j.hasNext());
        }
        if (a instanceof Instance instance && b instanceof Instance) {
            Comparator<Object> implicit = ScalaImplicitOrderings.of(instance);
            if (implicit != null) {
                return implicit.compare(a, b);
            }
        }
        throw new LangException("lang.scala.noOrdering", null, ScalaTypes.name(a));
    }
}
