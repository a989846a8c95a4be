package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;

import java.math.BigInteger;
import java.util.Random;

/** Seeded random Python keys: str of every PEP 393 width, int, float, bool, None and tuples of them. */
final class RandomPythonValues {

    private static final String[] ALPHABETS = {
        "abcdefghijklmnopqrstuvwxyz ABC0123456789.,!",
        "àéîõüßçñÅØ¿¡ÿ",
        "привет мир ЖЩЯ",
        "中文字符测试数据流",
        "😀🚀🎉𝄞",
    };

    private static final long[] SPECIAL_INTS = {
        0, 1, -1, -2, 2, Long.MAX_VALUE, Long.MIN_VALUE, (1L << 61) - 1, (1L << 61), (1L << 61) - 2, -(1L << 61) + 1,
    };

    private static final double[] SPECIAL_FLOATS = {
        0.0, -0.0, -1.0, 1.0, 0.5, 1.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
        Double.MAX_VALUE, -Double.MIN_NORMAL, 1e300, 2305843009213693951.0, 0.1, 1.0E-4, 3.5,
    };

    private final Random random;

    RandomPythonValues(long seed) {
        random = new Random(seed);
    }

    String string() {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(20);
        int alphabets = 1 + random.nextInt(2);
        for (int a = 0; a < alphabets; a++) {
            int[] codePoints = ALPHABETS[random.nextInt(ALPHABETS.length)].codePoints().toArray();
            for (int i = 0; i < length; i++) {
                out.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
        }
        return out.toString();
    }

    Object integer() {
        return switch (random.nextInt(4)) {
            case 0 -> SPECIAL_INTS[random.nextInt(SPECIAL_INTS.length)];
            case 1 -> random.nextLong();
            case 2 -> new BigInteger(70 + random.nextInt(60), random).multiply(BigInteger.valueOf(random.nextInt(3) - 1));
            default -> (long) (random.nextInt(2000) - 1000);
        };
    }

    double aFloat() {
        return switch (random.nextInt(4)) {
            case 0 -> SPECIAL_FLOATS[random.nextInt(SPECIAL_FLOATS.length)];
            case 1 -> random.nextInt(2000) - 1000;
            case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(60) - 30);
            default -> Double.longBitsToDouble(random.nextLong());
        };
    }

    Object scalar() {
        return switch (random.nextInt(5)) {
            case 0 -> string();
            case 1 -> integer();
            case 2 -> Double.valueOf(aFloat());
            default -> random.nextInt(4) == 0 ? random.nextBoolean() : string();
        };
    }

    Tuple tuple(int depth) {
        Object[] items = new Object[1 + random.nextInt(4)];
        for (int i = 0; i < items.length; i++) {
            int kind = random.nextInt(6);
            items[i] = kind == 0 ? null : kind == 1 && depth > 0 ? tuple(depth - 1) : scalar();
        }
        return Tuple.of(items);
    }
}
