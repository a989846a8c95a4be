package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.Fns.method;

import dev.streamlab.lang.runtime.HostRegistry;
import java.util.List;

/** Methods on Int, Long, Double (and Boolean): conversions, {@code max}/{@code min}, ranges {@code 1 to n}. */
final class ScalaNumberMethods {

    private ScalaNumberMethods() {
    }

    static void install(HostRegistry r) {
        Class<Number> n = Number.class;
        method(r, n, "toInt", 0, (x, a) -> x.intValue());
        method(r, n, "toLong", 0, (x, a) -> x.longValue());
        method(r, n, "toDouble", 0, (x, a) -> x.doubleValue());
        method(r, n, "toFloat", 0, (x, a) -> x.floatValue());
        method(r, n, "toShort", 0, (x, a) -> x.shortValue());
        method(r, n, "toByte", 0, (x, a) -> x.byteValue());
        method(r, n, "toChar", 0, (x, a) -> (char) x.intValue());
        method(r, n, "toString", 0, (x, a) -> ScalaPrinter.show(x));
        method(r, n, "hashCode", 0, (x, a) -> x.hashCode());
        method(r, n, "abs", 0, (x, a) -> x instanceof Integer i ? Math.abs(i) : x instanceof Long l ? Math.abs(l)
                : (Object) Math.abs(x.doubleValue()));
        method(r, n, "signum", 0, (x, a) -> x instanceof Double d ? (Object) Math.signum(d)
                : (Object) Long.signum(x.longValue()));
        method(r, n, "max", 1, (x, a) -> ScalaOrdering.compare(x, a[0]) >= 0 ? x : a[0]);
        method(r, n, "min", 1, (x, a) -> ScalaOrdering.compare(x, a[0]) <= 0 ? x : a[0]);
        method(r, n, "compare", 1, (x, a) -> ScalaOrdering.compare(x, a[0]));
        method(r, n, "compareTo", 1, (x, a) -> ScalaOrdering.compare(x, a[0]));
        for (Class<? extends Number> primitive : List.of(Integer.class, Long.class, Double.class, Float.class,
                Short.class, Byte.class)) {
            rangesAndRound(r, primitive);
        }
        method(r, n, "floor", 0, (x, a) -> Math.floor(x.doubleValue()));
        method(r, n, "ceil", 0, (x, a) -> Math.ceil(x.doubleValue()));
        method(r, n, "isNaN", 0, (x, a) -> Double.isNaN(x.doubleValue()));
        method(r, n, "isInfinity", 0, (x, a) -> Double.isInfinite(x.doubleValue()));
        method(r, n, "isWhole", 0, (x, a) -> x.doubleValue() == Math.rint(x.doubleValue()));
        method(r, ScalaSeq.class, "by", 1, (range, a) -> {
            if (range.kind() != ScalaSeq.Kind.RANGE || range.rangeText() == null) {
                throw ScalaOperators.notMember("by", range);
            }
            String[] parts = range.rangeText().split(" ");
            return ScalaSeq.range(Integer.parseInt(parts[1]), Integer.parseInt(parts[3]), Fns.toInt(a[0]),
                    parts[2].equals("to"));
        });
        Class<Boolean> b = Boolean.class;
        method(r, b, "toString", 0, (x, a) -> x.toString());
    }

    /** Int ranges and rounding, which a BigInt or BigDecimal (also Numbers) must not reach as Ints. */
    private static <T extends Number> void rangesAndRound(HostRegistry r, Class<T> n) {
        method(r, n, "to", 1, (x, a) -> ScalaSeq.range(x.intValue(), Fns.toInt(a[0]), 1, true));
        method(r, n, "until", 1, (x, a) -> ScalaSeq.range(x.intValue(), Fns.toInt(a[0]), 1, false));
        method(r, n, "to", 2, (x, a) -> ScalaSeq.range(x.intValue(), Fns.toInt(a[0]), Fns.toInt(a[1]), true));
        method(r, n, "until", 2, (x, a) -> ScalaSeq.range(x.intValue(), Fns.toInt(a[0]), Fns.toInt(a[1]), false));
        method(r, n, "round", 0, (x, a) -> x instanceof Float f ? (Object) Math.round(f)
                : (Object) Math.round(x.doubleValue()));
    }
}
