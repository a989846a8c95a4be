package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.Fns.method;

import dev.streamlab.lang.runtime.HostObject;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.Instance;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.NativeFunction;
import java.util.Comparator;

/**
 * A Scala {@code Ordering} value ({@code Ordering[Int]}, {@code Ordering.by(_._2)}, {@code ord.reverse}): a
 * {@link Comparator}, so the Spark binding's {@code top(n)(ord)} and {@code sorted(ord)} use it directly.
 */
public final class ScalaOrderingValue implements Comparator<Object> {

    private final Comparator<Object> order;

    private ScalaOrderingValue(Comparator<Object> order) {
        this.order = order;
    }

    @Override
    public int compare(Object a, Object b) {
        return order.compare(a, b);
    }

    @Override
    public String toString() {
        return "scala.math.Ordering$$anon$1@" + Integer.toHexString(System.identityHashCode(this));
    }

    /**
     * What a program passes where Scala wants an {@code Ordering}: a library ordering, or the program's own object
     * extending {@code Ordering[T]} with its {@code compare}.
     */
    static ScalaOrderingValue of(Object ordering) {
        if (ordering instanceof ScalaOrderingValue value) {
            return value;
        }
        if (ordering instanceof Instance instance && instance.member("compare", null) instanceof LangFunction compare) {
            return new ScalaOrderingValue((x, y) -> Fns.toInt(compare.call2(x, y)));
        }
        if (ordering instanceof Comparator<?> comparator) {
            @SuppressWarnings("unchecked")
            Comparator<Object> order = (Comparator<Object>) comparator;
            return new ScalaOrderingValue(order);
        }
        throw new LangException("lang.scala.typeMismatch", null, ScalaTypes.name(ordering), "Ordering");
    }

    /**
     * The members a program's {@code object ByAge extends Ordering[Person]} inherits from {@code Ordering}: derived
     * from its own {@code compare}; on an instance without one they are missing members, as before.
     */
    private static void programOrderings(HostRegistry r) {
        r.method(Instance.class, "reverse", 0, (context, x, a) -> new ScalaOrderingValue(
                programOrdering(x, "reverse").order.reversed()));
        String[] tests = {"lt", "lteq", "gt", "gteq", "equiv", "max", "min"};
        for (String test : tests) {
            r.method(Instance.class, test, 2, (context, x, a) -> {
                int c = programOrdering(x, test).compare(a[0], a[1]);
                return switch (test) {
                    case "lt" -> c < 0;
                    case "lteq" -> c <= 0;
                    case "gt" -> c > 0;
                    case "gteq" -> c >= 0;
                    case "equiv" -> c == 0;
                    case "max" -> c >= 0 ? a[0] : a[1];
                    default -> c <= 0 ? a[0] : a[1];
                };
            });
        }
    }

    private static ScalaOrderingValue programOrdering(Object instance, String member) {
        if (((Instance) instance).member("compare", null) instanceof LangFunction) {
            return of(instance);
        }
        throw new LangException("lang.scala.notMember", null, member, ScalaTypes.name(instance));
    }

    static void install(HostRegistry r) {
        ScalaOrderingValue natural = new ScalaOrderingValue(ScalaOrdering.NATURAL);
        HostObject ordering = new HostObject("Ordering")
                .apply(new NativeFunction("Ordering", 0, a -> natural))
                .function("by", 1, a -> new ScalaOrderingValue(
                        (x, y) -> ScalaOrdering.compare(Fns.call1(a[0], x), Fns.call1(a[0], y))))
                .function("fromLessThan", 1, a -> new ScalaOrderingValue(
                        (x, y) -> Fns.test2(a[0], x, y) ? -1 : Fns.test2(a[0], y, x) ? 1 : 0))
                .typeTest(v -> v instanceof Comparator<?>);
        for (String type : new String[] {"Int", "Long", "Double", "String", "Char", "Boolean"}) {
            ordering.define(type, natural);
        }
        r.global("Ordering", ordering);
        r.importable("scala.math.Ordering", ordering);
        Class<ScalaOrderingValue> o = ScalaOrderingValue.class;
        programOrderings(r);
        method(r, o, "reverse", 0, (x, a) -> new ScalaOrderingValue(x.order.reversed()));
        method(r, o, "compare", 2, (x, a) -> x.compare(a[0], a[1]));
        method(r, o, "lt", 2, (x, a) -> x.compare(a[0], a[1]) < 0);
        method(r, o, "gt", 2, (x, a) -> x.compare(a[0], a[1]) > 0);
        method(r, o, "lteq", 2, (x, a) -> x.compare(a[0], a[1]) <= 0);
        method(r, o, "gteq", 2, (x, a) -> x.compare(a[0], a[1]) >= 0);
        method(r, o, "equiv", 2, (x, a) -> x.compare(a[0], a[1]) == 0);
        method(r, o, "max", 2, (x, a) -> x.compare(a[0], a[1]) >= 0 ? a[0] : a[1]);
        method(r, o, "min", 2, (x, a) -> x.compare(a[0], a[1]) <= 0 ? a[0] : a[1]);
        Class<Iterable> it = Iterable.class;
        method(r, it, "sorted", 1, (c, a) -> ScalaCollections.sorted(c, of(a[0])));
        Fns.curriedMethod(r, it, "sortBy", 2, (c, a) -> {
            Comparator<Object> order = of(a[1]);
            return ScalaCollections.sorted(c, (x, y) -> order.compare(Fns.call1(a[0], x), Fns.call1(a[0], y)));
        });
        method(r, it, "max", 1, (c, a) -> ScalaCollections.extreme(c, null, of(a[0]), true, "max"));
        method(r, it, "min", 1, (c, a) -> ScalaCollections.extreme(c, null, of(a[0]), false,
                "min"));
    }
}
