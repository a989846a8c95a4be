package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.Fns.method;

import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.hash.JvmHashes;
import dev.streamlab.lang.ast.BinaryOp;
import dev.streamlab.lang.runtime.HostObject;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.runtime.NativeFunction;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Scala's {@code BigInt} and {@code BigDecimal} as {@link BigInteger} and {@link BigDecimal}: an Int or Long widens
 * to them where one is declared and in mixed arithmetic, as Scala's implicit conversions do; {@code ==} with an Int
 * compares values (Scala's cooperative equality); a BigDecimal computes in Scala's default {@code DECIMAL128}
 * context (34 digits). Known differences: an Int is not widened where only the static type says BigInt without a
 * declaration ({@code (1: BigInt)}, an Int key looked up in a {@code Map[BigInt, V]}); {@code BigInt(1) to 5}
 * (a NumericRange) and MathContext arguments are refused by name.
 */
final class ScalaBigNumbers {

    private static final MathContext CONTEXT = MathContext.DECIMAL128;

    private ScalaBigNumbers() {
    }

    static boolean isBig(Object value) {
        return value instanceof BigInteger || value instanceof BigDecimal;
    }

    private static boolean isIntegral(Object value) {
        return value instanceof BigInteger || ScalaNumbers.rank(value) == ScalaNumbers.INT
                || ScalaNumbers.rank(value) == ScalaNumbers.LONG;
    }

    static BigInteger integer(Object value) {
        if (value instanceof BigInteger big) {
            return big;
        }
        if (isIntegral(value)) {
            return BigInteger.valueOf(ScalaNumbers.toLong(value));
        }
        throw new LangException("lang.scala.typeMismatch", null, ScalaTypes.name(value), "BigInt");
    }

    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal big) {
            return big;
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big, CONTEXT);
        }
        if (isIntegral(value)) {
            return new BigDecimal(ScalaNumbers.toLong(value), CONTEXT);
        }
        if (value instanceof Double || value instanceof Float) {
            // Scala's BigDecimal(d) reads the Double's shortest decimal text, not its binary value
            return new BigDecimal(Double.toString(ScalaNumbers.toDouble(value)), CONTEXT);
        }
        if (value instanceof String text) {
            return new BigDecimal(text, CONTEXT);
        }
        throw new LangException("lang.scala.typeMismatch", null, ScalaTypes.name(value), "BigDecimal");
    }

    /** A declared BigInt or BigDecimal (parameter, val, result) widens an Int or Long given for it. */
    static Object widenTo(String declaredType, Object value) {
        if (declaredType.equals("BigInt") && (value instanceof Integer || value instanceof Long)) {
            return integer(value);
        }
        if (declaredType.equals("BigDecimal") && (isIntegral(value) || value instanceof Double)) {
            return decimal(value);
        }
        return value;
    }

    /** {@code l op r} when either side is big, or null to leave it to the primitive operators. */
    static Object arithmetic(BinaryOp op, Object l, Object r) {
        if (l instanceof BigDecimal || r instanceof BigDecimal) {
            if (!ScalaNumbers.isNumber(l) && !isBig(l) || !ScalaNumbers.isNumber(r) && !isBig(r)) {
                throw ScalaOperators.notMember(op.symbol(), l instanceof BigDecimal ? r : l);
            }
            BigDecimal a = decimal(l);
            BigDecimal b = decimal(r);
            return switch (op) {
                case ADD -> a.add(b, CONTEXT);
                case SUB -> a.subtract(b, CONTEXT);
                case MUL -> a.multiply(b, CONTEXT);
                case DIV -> a.divide(b, CONTEXT);
                default -> a.remainder(b, CONTEXT);
            };
        }
        if (l instanceof BigInteger || r instanceof BigInteger) {
            if (!isIntegral(l) || !isIntegral(r)) {
                throw ScalaOperators.notMember(op.symbol(), l instanceof BigInteger ? r : l);
            }
            BigInteger a = integer(l);
            BigInteger b = integer(r);
            return switch (op) {
                case ADD -> a.add(b);
                case SUB -> a.subtract(b);
                case MUL -> a.multiply(b);
                case DIV -> a.divide(b);
                default -> a.remainder(b);
            };
        }
        return null;
    }

    /** {@code & | ^} between BigInts (an Int widens) and {@code << >>} of a BigInt by an Int. */
    static Object bits(BinaryOp op, Object l, Object r) {
        if (!isIntegral(l) || !isIntegral(r)) {
            throw ScalaOperators.notMember(op.symbol(), l instanceof BigInteger ? r : l);
        }
        BigInteger a = integer(l);
        return switch (op) {
            case BIT_AND -> a.and(integer(r));
            case BIT_OR -> a.or(integer(r));
            case BIT_XOR -> a.xor(integer(r));
            case SHIFT_LEFT -> a.shiftLeft(Fns.toInt(r));
            case SHIFT_RIGHT -> a.shiftRight(Fns.toInt(r));
            default -> throw ScalaOperators.notMember(op.symbol(), l);
        };
    }

    /** Scala's {@code ==} between a big number and any value: equal numbers are equal whatever their types. */
    static boolean equal(Object l, Object r) {
        boolean leftNumber = isBig(l) || ScalaNumbers.isNumber(l);
        boolean rightNumber = isBig(r) || ScalaNumbers.isNumber(r);
        if (!leftNumber || !rightNumber || l instanceof Character || r instanceof Character) {
            return false;
        }
        if (isIntegral(l) && isIntegral(r)) {
            return integer(l).equals(integer(r));
        }
        if (isDouble(l) && !Double.isFinite(ScalaNumbers.toDouble(l))
                || isDouble(r) && !Double.isFinite(ScalaNumbers.toDouble(r))) {
            return false;
        }
        return decimal(l).compareTo(decimal(r)) == 0;
    }

    private static boolean isDouble(Object value) {
        return value instanceof Double || value instanceof Float;
    }

    /** Ordering with a big number on either side; the other side must be a number. */
    static int compare(Object l, Object r) {
        if (isIntegral(l) && isIntegral(r)) {
            return integer(l).compareTo(integer(r));
        }
        return decimal(l).compareTo(decimal(r));
    }

    static boolean comparable(Object l, Object r) {
        return (isBig(l) || isBig(r)) && (isBig(l) || ScalaNumbers.isNumber(l))
                && (isBig(r) || ScalaNumbers.isNumber(r));
    }

    static Object negate(Object value) {
        return value instanceof BigInteger big ? big.negate() : ((BigDecimal) value).negate(CONTEXT);
    }

    static void install(HostRegistry r) {
        r.global("BigInt", bigIntFactory());
        r.global("BigDecimal", bigDecimalFactory());
        r.importable("scala.math.BigInt", bigIntFactory());
        r.importable("scala.math.BigDecimal", bigDecimalFactory());
        r.importable("scala.math.BigDecimal.RoundingMode", roundingModes());
        installBigInt(r);
        installBigDecimal(r);
        installValueAccessors(r, BigInteger.class);
        installValueAccessors(r, BigDecimal.class);
    }

    private static HostObject bigIntFactory() {
        NativeFunction apply = new NativeFunction("BigInt", -1, ScalaBigNumbers::bigInt);
        return new HostObject("BigInt")
                .apply(apply)
                .typeTest(v -> v instanceof BigInteger)
                .function("apply", -1, ScalaBigNumbers::bigInt)
                .function("probablePrime", 2, a -> {
                    throw new LangException("lang.scala.unavailable", null, "BigInt.probablePrime");
                });
    }

    private static Object bigInt(Object[] args) {
        if (args.length == 2 && args[0] instanceof String text) {
            return new BigInteger(text, Fns.toInt(args[1]));
        }
        if (args.length != 1) {
            throw new LangException("lang.call.arity", null, "BigInt", 1, args.length);
        }
        return args[0] instanceof String text ? new BigInteger(text) : integer(args[0]);
    }

    private static HostObject bigDecimalFactory() {
        return new HostObject("BigDecimal")
                .apply(new NativeFunction("BigDecimal", 1, a -> decimal(a[0])))
                .typeTest(v -> v instanceof BigDecimal)
                .function("apply", 1, a -> decimal(a[0]))
                .function("valueOf", 1, a -> decimal(a[0]))
                .define("RoundingMode", roundingModes());
    }

    private static HostObject roundingModes() {
        HostObject roundingModes = new HostObject("RoundingMode");
        for (RoundingMode mode : RoundingMode.values()) {
            roundingModes.define(mode.name(), mode);
        }
        return roundingModes;
    }

    /** The Java accessors Scala's BigInt and BigDecimal also offer. */
    private static void installValueAccessors(HostRegistry r, Class<? extends Number> type) {
        method(r, type, "intValue", 0, (x, a) -> x.intValue());
        method(r, type, "longValue", 0, (x, a) -> x.longValue());
        method(r, type, "doubleValue", 0, (x, a) -> x.doubleValue());
        method(r, type, "floatValue", 0, (x, a) -> x.floatValue());
    }

    private static void installBigInt(HostRegistry r) {
        Class<BigInteger> b = BigInteger.class;
        method(r, b, "pow", 1, (x, a) -> x.pow(Fns.toInt(a[0])));
        method(r, b, "abs", 0, (x, a) -> x.abs());
        method(r, b, "gcd", 1, (x, a) -> x.gcd(integer(a[0])));
        method(r, b, "mod", 1, (x, a) -> x.mod(integer(a[0])));
        method(r, b, "modPow", 2, (x, a) -> x.modPow(integer(a[0]), integer(a[1])));
        method(r, b, "min", 1, (x, a) -> x.min(integer(a[0])));
        method(r, b, "max", 1, (x, a) -> x.max(integer(a[0])));
        method(r, b, "signum", 0, (x, a) -> x.signum());
        method(r, b, "bitLength", 0, (x, a) -> x.bitLength());
        method(r, b, "bitCount", 0, (x, a) -> x.bitCount());
        method(r, b, "testBit", 1, (x, a) -> x.testBit(Fns.toInt(a[0])));
        method(r, b, "isProbablePrime", 1, (x, a) -> x.isProbablePrime(Fns.toInt(a[0])));
        method(r, b, "isValidInt", 0, (x, a) -> x.bitLength() <= 31);
        method(r, b, "isValidLong", 0, (x, a) -> x.bitLength() <= 63);
        method(r, b, "toString", 1, (x, a) -> x.toString(Fns.toInt(a[0])));
        method(r, b, "toBigInt", 0, (x, a) -> x);
        method(r, b, "bigInteger", 0, (x, a) -> x);
        method(r, b, "compare", 1, (x, a) -> x.compareTo(integer(a[0])));
        method(r, b, "/%", 1, (x, a) -> {
            BigInteger[] quotientAndRemainder = x.divideAndRemainder(integer(a[0]));
            return Tuple.pair(quotientAndRemainder[0], quotientAndRemainder[1]);
        });
        method(r, b, "hashCode", 0, (x, a) -> JvmHashes.bigIntHash(x));
        method(r, b, "##", 0, (x, a) -> JvmHashes.bigIntHash(x));
    }

    private static void installBigDecimal(HostRegistry r) {
        Class<BigDecimal> d = BigDecimal.class;
        method(r, d, "setScale", 1, (x, a) -> x.setScale(Fns.toInt(a[0])));
        method(r, d, "setScale", 2, (x, a) -> x.setScale(Fns.toInt(a[0]), roundingMode(a[1])));
        method(r, d, "scale", 0, (x, a) -> x.scale());
        method(r, d, "precision", 0, (x, a) -> x.precision());
        method(r, d, "abs", 0, (x, a) -> x.abs(CONTEXT));
        method(r, d, "signum", 0, (x, a) -> x.signum());
        method(r, d, "pow", 1, (x, a) -> x.pow(Fns.toInt(a[0]), CONTEXT));
        method(r, d, "min", 1, (x, a) -> x.compareTo(decimal(a[0])) <= 0 ? x : decimal(a[0]));
        method(r, d, "max", 1, (x, a) -> x.compareTo(decimal(a[0])) >= 0 ? x : decimal(a[0]));
        method(r, d, "compare", 1, (x, a) -> x.compareTo(decimal(a[0])));
        method(r, d, "toBigInt", 0, (x, a) -> x.toBigInteger());
        method(r, d, "isValidInt", 0, (x, a) -> isExactly(x, Integer.MIN_VALUE, Integer.MAX_VALUE));
        method(r, d, "isValidLong", 0, (x, a) -> isExactly(x, Long.MIN_VALUE, Long.MAX_VALUE));
        method(r, d, "isWhole", 0, (x, a) -> x.signum() == 0 || x.stripTrailingZeros().scale() <= 0);
        method(r, d, "bigDecimal", 0, (x, a) -> x);
        method(r, d, "hashCode", 0, (x, a) -> JvmHashes.bigDecimalHash(x));
        method(r, d, "##", 0, (x, a) -> JvmHashes.bigDecimalHash(x));
    }

    private static boolean isExactly(BigDecimal value, long min, long max) {
        try {
            long whole = value.longValueExact();
            return whole >= min && whole <= max;
        } catch (ArithmeticException notWhole) {
            return false;
        }
    }

    private static RoundingMode roundingMode(Object value) {
        if (value instanceof RoundingMode mode) {
            return mode;
        }
        throw new LangException("lang.scala.typeMismatch", null, ScalaTypes.name(value),
                "BigDecimal.RoundingMode.Value");
    }
}
