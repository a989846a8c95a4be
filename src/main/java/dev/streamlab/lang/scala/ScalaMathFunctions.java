package dev.streamlab.lang.scala;

import dev.streamlab.lang.runtime.HostObject;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * The rest of {@code java.lang.Math} and {@code scala.math}: trigonometry, {@code hypot}, {@code cbrt}, and the
 * exact integer arithmetic ({@code Math.addExact}) that throws {@code java.lang.ArithmeticException: integer
 * overflow} as the JVM does, choosing the Int or Long overload by its arguments as Java's overloading would.
 */
final class ScalaMathFunctions {

    private ScalaMathFunctions() {
    }

    private static void unary(HostObject math, String name, DoubleUnaryOperator body) {
        math.function(name, 1, a -> body.applyAsDouble(ScalaNumbers.toDouble(a[0])));
    }

    private static void binary(HostObject math, String name, DoubleBinaryOperator body) {
        math.function(name, 2, a -> body.applyAsDouble(ScalaNumbers.toDouble(a[0]), ScalaNumbers.toDouble(a[1])));
    }

    private static boolean ints(Object[] args) {
        for (Object arg : args) {
            if (!(arg instanceof Integer || arg instanceof Character || arg instanceof Short || arg instanceof Byte)) {
                return false;
            }
        }
        return true;
    }

    private static void exact(HostObject math, String name, IntBinaryOperator ints, LongBinaryOperator longs) {
        math.function(name, 2, a -> ints(a) ? (Object) ints.applyAsInt(Fns.toInt(a[0]), Fns.toInt(a[1]))
                : (Object) longs.applyAsLong(ScalaNumbers.toLong(a[0]), ScalaNumbers.toLong(a[1])));
    }

    static void install(HostObject math) {
        for (String name : new String[] {"sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
                "cbrt", "expm1", "log1p", "rint", "ulp", "nextUp", "nextDown", "toRadians", "toDegrees"}) {
            unary(math, name, switch (name) {
                case "sin" -> Math::sin;
                case "cos" -> Math::cos;
                case "tan" -> Math::tan;
                case "asin" -> Math::asin;
                case "acos" -> Math::acos;
                case "atan" -> Math::atan;
                case "sinh" -> Math::sinh;
                case "cosh" -> Math::cosh;
                case "tanh" -> Math::tanh;
                case "cbrt" -> Math::cbrt;
                case "expm1" -> Math::expm1;
                case "log1p" -> Math::log1p;
                case "rint" -> Math::rint;
                case "ulp" -> Math::ulp;
                case "nextUp" -> Math::nextUp;
                case "nextDown" -> Math::nextDown;
                case "toRadians" -> Math::toRadians;
                default -> Math::toDegrees;
            });
        }
        binary(math, "atan2", Math::atan2);
        binary(math, "hypot", Math::hypot);
        binary(math, "IEEEremainder", Math::IEEEremainder);
        binary(math, "copySign", Math::copySign);
        binary(math, "nextAfter", Math::nextAfter);
        math.function("getExponent", 1, a -> Math.getExponent(ScalaNumbers.toDouble(a[0])));
        exact(math, "addExact", Math::addExact, Math::addExact);
        exact(math, "subtractExact", Math::subtractExact, Math::subtractExact);
        exact(math, "multiplyExact", Math::multiplyExact, Math::multiplyExact);
        exact(math, "floorDiv", Math::floorDiv, Math::floorDiv);
        exact(math, "floorMod", Math::floorMod, Math::floorMod);
        math.function("negateExact", 1, a -> ints(a) ? (Object) Math.negateExact(Fns.toInt(a[0]))
                : (Object) Math.negateExact(ScalaNumbers.toLong(a[0])));
        math.function("incrementExact", 1, a -> ints(a) ? (Object) Math.incrementExact(Fns.toInt(a[0]))
                : (Object) Math.incrementExact(ScalaNumbers.toLong(a[0])));
        math.function("decrementExact", 1, a -> ints(a) ? (Object) Math.decrementExact(Fns.toInt(a[0]))
                : (Object) Math.decrementExact(ScalaNumbers.toLong(a[0])));
        math.function("absExact", 1, a -> ints(a) ? (Object) Math.absExact(Fns.toInt(a[0]))
                : (Object) Math.absExact(ScalaNumbers.toLong(a[0])));
        math.function("toIntExact", 1, a -> Math.toIntExact(ScalaNumbers.toLong(a[0])));
    }
}
