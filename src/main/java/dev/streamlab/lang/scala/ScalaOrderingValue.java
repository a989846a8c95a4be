package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.Fns.method;

import dev.streamlab.lang.runtime.HostObject;
import dev.streamlab.lang.runtime.HostRegistry;
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

    static void install(HostRegistry r) {
        ScalaOrderingValue natural = new ScalaOrderingValue(ScalaOrdering.NATURAL);
        HostObject ordering = new HostObject("Ordering")
                .apply(new NativeFunction("Ordering", 0, a -> natural))
                .function("by", 1, a -> new ScalaOrderingValue(
                        (x, y) -> ScalaOrdering.compare(Fns.call1(a[0], x), Fns.call1(a[0], y))))
                .typeTest(v -> v instanceof Comparator<?>);
        for (String type : new String[] {"Int", "Long", "Double", "String", "Char", "Boolean"}) {
            ordering.define(type, natural);
        }
        r.global("Ordering", ordering);
        r.importable("scala.math.Ordering", ordering);
        Class<ScalaOrderingValue> o = ScalaOrderingValue.class;
        method(r, o, "reverse", 0, (x, a) -> new ScalaOrderingValue(x.order.reversed()));
        method(r, o, "compare", 2, (x, a) -> x.compare(a[0], a[1]));
        method(r, o, "lt", 2, (x, a) -> x.compare(a[0], a[1]) < 0);
        method(r, o, "gt", 2, (x, a) -> x.compare(a[0], a[1]) > 0);
        method(r, o, "max", 2, (x, a) -> x.compare(a[0], a[1]) >= 0 ? a[0] : a[1]);
        method(r, o, "min", 2, (x, a) -> x.compare(a[0], a[1]) <= 0 ? a[0] : a[1]);
        Class<Iterable> it = Iterable.class;
        method(r, it, "sorted", 1, (c, a) -> ScalaCollections.sorted(c, (ScalaOrderingValue) a[0]));
        Fns.curriedMethod(r, it, "sortBy", 2, (c, a) -> {
            Comparator<Object> order = (ScalaOrderingValue) a[1];
            return ScalaCollections.sorted(c, (x, y) -> order.compare(Fns.call1(a[0], x), Fns.call1(a[0], y)));
        });
        method(r, it, "max", 1, (c, a) -> ScalaCollections.extreme(c, null, (ScalaOrderingValue) a[0], true, "max"));
        method(r, it, "min", 1, (c, a) -> ScalaCollections.extreme(c, null, (ScalaOrderingValue) a[0], false,
                "min"));
    }
}
