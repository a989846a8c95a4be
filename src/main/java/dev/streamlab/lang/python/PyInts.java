package dev.streamlab.lang.python;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Python int arithmetic on Long with exact promotion to BigInteger: a result is a Long whenever it fits, so equal
 * ints are equal Java objects (dict keys, hashing). Floor division and modulo take the divisor's sign.
 */
public final class PyInts {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** CPython 3.11's default {@code sys.get_int_max_str_digits()}: a guard against quadratic conversions. */
    static final int MAX_STR_DIGITS = 4300;

    private PyInts() {
    }

    /** Decimal text of an int, refused beyond 4300 digits as CPython 3.11 refuses it. */
    public static String decimal(Object value) {
        if (!(value instanceof BigInteger big)) {
            return value.toString();
        }
        String text = big.toString();
        if (text.length() - (big.signum() < 0 ? 1 : 0) > MAX_STR_DIGITS) {
            throw PyErrors.valueError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string "
                    + "conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        return text;
    }

    /** int or bool (bool is an int subclass in arithmetic). */
    public static boolean isInt(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof BigInteger
                || value instanceof Boolean || value instanceof Short || value instanceof Byte;
    }

    public static Object normalize(BigInteger value) {
        return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0 ? (Object) value.longValue() : value;
    }

    /** A Java integral or bool as a canonical Python int (Long or BigInteger). */
    public static Object canonical(Object value) {
        if (value instanceof Long) {
            return value;
        }
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (value instanceof BigInteger big) {
            return normalize(big);
        }
        return ((Number) value).longValue();
    }

    public static BigInteger big(Object value) {
        if (value instanceof BigInteger b) {
            return b;
        }
        if (value instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return BigInteger.valueOf(((Number) value).longValue());
    }

    private static boolean small(Object value) {
        return !(value instanceof BigInteger);
    }

    private static long asLong(Object value) {
        return value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).longValue();
    }

    public static Object add(Object a, Object b) {
        if (small(a) && small(b)) {
            long x = asLong(a);
            long y = asLong(b);
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return r;
            }
        }
        return normalize(big(a).add(big(b)));
    }

    public static Object subtract(Object a, Object b) {
        if (small(a) && small(b)) {
            long x = asLong(a);
            long y = asLong(b);
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return r;
            }
        }
        return normalize(big(a).subtract(big(b)));
    }

    public static Object multiply(Object a, Object b) {
        if (small(a) && small(b)) {
            long x = asLong(a);
            long y = asLong(b);
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
        }
        return normalize(big(a).multiply(big(b)));
    }

    public static Object floorDivide(Object a, Object b) {
        checkNonZero(b, "integer division or modulo by zero");
        if (small(a) && small(b)) {
            long x = asLong(a);
            long y = asLong(b);
            if (!(x == Long.MIN_VALUE && y == -1)) {
                return Math.floorDiv(x, y);
            }
        }
        BigInteger[] qr = big(a).divideAndRemainder(big(b));
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != big(b).signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return normalize(q);
    }

    public static Object modulo(Object a, Object b) {
        checkNonZero(b, "integer modulo by zero");
        if (small(a) && small(b)) {
            return Math.floorMod(asLong(a), asLong(b));
        }
        BigInteger m = big(a).mod(big(b).abs());
        if (big(b).signum() < 0 && m.signum() != 0) {
            m = m.add(big(b));
        }
        return normalize(m);
    }

    /** {@code a / b} on ints is true division: the correctly rounded float quotient. */
    public static double trueDivide(Object a, Object b) {
        checkNonZero(b, "division by zero");
        if (small(a) && small(b)) {
            long x = asLong(a);
            long y = asLong(b);
            if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
                return (double) x / (double) y;
            }
        }
        return new BigDecimal(big(a)).divide(new BigDecimal(big(b)), java.math.MathContext.DECIMAL128).doubleValue();
    }

    /** {@code a ** b}: an int for non-negative exponents, a float otherwise. */
    public static Object power(Object a, Object b) {
        BigInteger exponent = big(b);
        if (exponent.signum() < 0) {
            if (big(a).signum() == 0) {
                throw PyErrors.zeroDivision(
                        "0.0 cannot be raised to a negative power");
            }
            return Math.pow(toDouble(a), toDouble(b));
        }
        BigInteger base = big(a);
        if (exponent.bitLength() > 31 && base.abs().compareTo(BigInteger.ONE) > 0) {
            throw PyErrors.overflow("exponent too large for the lab");
        }
        if (base.abs().compareTo(BigInteger.ONE) <= 0) {
            if (base.signum() == 0) {
                return exponent.signum() == 0 ? 1L : 0L;
            }
            return base.signum() > 0 || !exponent.testBit(0) ? 1L : -1L;
        }
        if ((long) base.bitLength() * exponent.longValue() > 1_000_000) {
            throw PyErrors.overflow("the result of ** has too many digits for the lab");
        }
        return normalize(base.pow(exponent.intValue()));
    }

    public static Object negate(Object a) {
        if (small(a) && asLong(a) != Long.MIN_VALUE) {
            return -asLong(a);
        }
        return normalize(big(a).negate());
    }

    public static Object abs(Object a) {
        return big(a).signum() < 0 ? negate(a) : canonical(a);
    }

    public static Object shiftLeft(Object a, Object b) {
        long n = checkShift(b);
        if (n > 1_000_000) {
            throw PyErrors.overflow("the result of << has too many digits for the lab");
        }
        return normalize(big(a).shiftLeft((int) n));
    }

    public static Object shiftRight(Object a, Object b) {
        long n = checkShift(b);
        return normalize(big(a).shiftRight((int) Math.min(n, Integer.MAX_VALUE)));
    }

    private static long checkShift(Object b) {
        if (big(b).signum() < 0) {
            throw PyErrors.valueError("negative shift count");
        }
        return big(b).bitLength() > 62 ? Long.MAX_VALUE : asLong(b);
    }

    public static Object and(Object a, Object b) {
        return small(a) && small(b) ? (Object) (asLong(a) & asLong(b)) : normalize(big(a).and(big(b)));
    }

    public static Object or(Object a, Object b) {
        return small(a) && small(b) ? (Object) (asLong(a) | asLong(b)) : normalize(big(a).or(big(b)));
    }

    public static Object xor(Object a, Object b) {
        return small(a) && small(b) ? (Object) (asLong(a) ^ asLong(b)) : normalize(big(a).xor(big(b)));
    }

    public static Object invert(Object a) {
        return small(a) ? (Object) ~asLong(a) : normalize(big(a).not());
    }

    public static int compare(Object a, Object b) {
        if (small(a) && small(b)) {
            return Long.compare(asLong(a), asLong(b));
        }
        return big(a).compareTo(big(b));
    }

    public static int signum(Object a) {
        return big(a).signum();
    }

    /** int → float, raising CPython's OverflowError when it does not fit. */
    public static double toDouble(Object a) {
        if (small(a)) {
            return asLong(a);
        }
        double d = big(a).doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflow("int too large to convert to float");
        }
        return d;
    }

    /** An int as a Java int index, or null when it does not fit. */
    public static Integer toIndex(Object a) {
        if (small(a)) {
            long v = asLong(a);
            return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? (int) v : null;
        }
        return null;
    }

    public static Object fromBigDecimal(BigDecimal value) {
        return normalize(value.toBigInteger());
    }

    private static void checkNonZero(Object divisor, String message) {
        if (big(divisor).signum() == 0) {
            throw PyErrors.zeroDivision( message);
        }
    }

    /** {@code int(text, base)} with CPython's rules: surrounding whitespace, sign, underscores between digits, prefixes. */
    public static Object parse(String text, int base) {
        String s = text.strip();
        String body = s;
        boolean negative = false;
        if (!body.isEmpty() && (body.charAt(0) == '+' || body.charAt(0) == '-')) {
            negative = body.charAt(0) == '-';
            body = body.substring(1);
        }
        int radix = base;
        if (body.length() > 1 && body.charAt(0) == '0') {
            char p = Character.toLowerCase(body.charAt(1));
            int prefixed = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixed != 0 && (base == 0 || base == prefixed)) {
                radix = prefixed;
                body = body.substring(2);
                if (body.startsWith("_")) {
                    body = body.substring(1);
                }
            }
        }
        if (radix == 0) {
            radix = 10;
            if (body.length() > 1 && body.chars().anyMatch(c -> c != '0' && c != '_') && body.charAt(0) == '0') {
                throw invalidLiteral(text, base);
            }
        }
        if (body.isEmpty() || body.startsWith("_") || body.endsWith("_") || body.contains("__")) {
            throw invalidLiteral(text, base);
        }
        StringBuilder digits = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); ) {
            int cp = body.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '_') {
                continue;
            }
            int d = Character.digit(cp, radix);
            if (d < 0) {
                throw invalidLiteral(text, base);
            }
            digits.append(Character.forDigit(d, radix));
        }
        if (radix == 10 && digits.length() > MAX_STR_DIGITS) {
            throw PyErrors.valueError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string "
                    + "conversion: value has " + digits.length() + " digits; use sys.set_int_max_str_digits() to "
                    + "increase the limit");
        }
        BigInteger value = new BigInteger(digits.toString(), radix);
        return normalize(negative ? value.negate() : value);
    }

    private static RuntimeException invalidLiteral(String text, int base) {
        return PyErrors.valueError("invalid literal for int() with base " + base + ": " + PyRepr.repr(text));
    }
}
