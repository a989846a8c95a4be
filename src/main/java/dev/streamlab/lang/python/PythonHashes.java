package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;

import java.math.BigInteger;

/**
 * CPython 3.11's {@code hash()} with {@code PYTHONHASHSEED=0}, and PySpark's {@code portable_hash}, which
 * decides the partition of a key (semantics spec §6.4).
 *
 * <p>Python values are modelled as: int → {@code Long} (or {@code BigInteger} beyond 64 bits), float →
 * {@code Double}, str → {@code String}, bool → {@code Boolean}, None → {@code null}, tuple → {@link Tuple}.
 *
 * <p>Two CPython 3.11 hashes depend on object identity and so differ between runs: {@code hash(None)} and
 * {@code hash(float('nan'))}. Both are 0 here; for None that is exactly what {@code portable_hash} gives.
 */
public final class PythonHashes {

    /** {@code sys.hash_info.modulus}: numbers hash to their value modulo this Mersenne prime. */
    private static final long MODULUS = (1L << 61) - 1;

    private static final int MODULUS_BITS = 61;
    private static final long INFINITY_HASH = 314159;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    private PythonHashes() {
    }

    /** PySpark's {@code portable_hash}: None is 0 and tuples mix their items' portable hashes. */
    public static long portableHash(Object key) {
        key = PyNamedTuple.asTuple(key);
        if (key == null) {
            return 0;
        }
        if (key instanceof Tuple tuple) {
            long h = 0x345678;
            for (int i = 0; i < tuple.arity(); i++) {
                h ^= portableHash(tuple.get(i));
                h *= 1000003;
                h &= Long.MAX_VALUE;
            }
            return h ^ tuple.arity();
        }
        return hash(key);
    }

    /** CPython's {@code hash(value)}. */
    public static long hash(Object value) {
        value = PyNamedTuple.asTuple(value);
        if (value == null) {
            return 0;
        }
        if (value instanceof String s) {
            return stringHash(s);
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return intHash(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return intHash(big);
        }
        if (value instanceof Double d) {
            return floatHash(d);
        }
        if (value instanceof Tuple tuple) {
            return tupleHash(tuple);
        }
        if (value instanceof PyBytes bytes) {
            return bytes.pyHash();
        }
        throw new IllegalArgumentException("unhashable type: " + value.getClass().getSimpleName());
    }

    /**
     * A str hashes its PEP 393 buffer: 1 byte per character if all are Latin-1, else 2 (UCS-2) if all are
     * in the BMP, else 4 (UCS-4), little-endian. The empty string hashes to 0.
     */
    public static long stringHash(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        int[] codePoints = s.codePoints().toArray();
        int widest = 0;
        for (int codePoint : codePoints) {
            widest = Math.max(widest, codePoint);
        }
        int width = widest <= 0xff ? 1 : widest <= 0xffff ? 2 : 4;
        byte[] buffer = new byte[codePoints.length * width];
        for (int i = 0; i < codePoints.length; i++) {
            for (int b = 0; b < width; b++) {
                buffer[i * width + b] = (byte) (codePoints[i] >>> (8 * b));
            }
        }
        return notMinusOne(SipHash13.hash(buffer));
    }

    /** An int hashes to its absolute value modulo {@link #MODULUS}, with the sign kept. */
    public static long intHash(long value) {
        long magnitude = Long.remainderUnsigned(Math.abs(value), MODULUS);
        return notMinusOne(value < 0 ? -magnitude : magnitude);
    }

    public static long intHash(BigInteger value) {
        long magnitude = value.abs().mod(BIG_MODULUS).longValueExact();
        return notMinusOne(value.signum() < 0 ? -magnitude : magnitude);
    }

    /**
     * A float hashes as the exact rational it is, modulo {@link #MODULUS}, so {@code hash(2.0) == hash(2)}.
     * As {@code 2^61 ≡ 1}, multiplying by {@code 2^e} is a rotation of the 61-bit residue by {@code e mod 61}.
     */
    public static long floatHash(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? INFINITY_HASH : -INFINITY_HASH;
        }
        long bits = Double.doubleToRawLongBits(value);
        int biasedExponent = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        int exponent;
        if (biasedExponent == 0) {
            exponent = -1074;
        } else {
            mantissa |= 1L << 52;
            exponent = biasedExponent - 1075;
        }
        long residue = rotateLeft61(mantissa, Math.floorMod(exponent, MODULUS_BITS));
        return notMinusOne(value < 0 ? -residue : residue);
    }

    /** CPython 3.8+'s xxHash-based tuple hash (not what PySpark partitions by: see {@link #portableHash}). */
    public static long tupleHash(Tuple tuple) {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (int i = 0; i < tuple.arity(); i++) {
            acc += hash(tuple.get(i)) * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += tuple.arity() ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    private static long rotateLeft61(long residue, int shift) {
        return ((residue << shift) & MODULUS) | (residue >>> (MODULUS_BITS - shift));
    }

    /** -1 is CPython's error return, so no hash is ever -1. */
    static long notMinusOne(long hash) {
        return hash == -1 ? -2 : hash;
    }
}
