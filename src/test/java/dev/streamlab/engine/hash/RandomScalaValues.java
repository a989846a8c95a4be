package dev.streamlab.engine.hash;

import dev.streamlab.engine.Tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Seeded random keys of the kinds a Scala program shuffles: scalars, tuples, options and collections. */
final class RandomScalaValues {

    private static final String[] ALPHABETS = {
        "abcdefghijklmnopqrstuvwxyz ABC0123456789",
        "àéîõüßçñÅØ¿¡",
        "привет мир ЖЩЯ",
        "中文字符测试数据流",
        "😀🚀🎉𝄞",
    };

    private static final double[] SPECIAL_DOUBLES = {
        0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
        Double.MAX_VALUE, 1.0, -1.0, 0.5, 1e10, 1e20, 3.0e9, -2147483648.0, 2147483648.0, 0.1, 1.0E-4,
    };

    private final Random random;

    RandomScalaValues(long seed) {
        random = new Random(seed);
    }

    Object scalar() {
        return switch (random.nextInt(11)) {
            case 0 -> string();
            case 1 -> random.nextInt(3) == 0 ? random.nextInt() : random.nextInt(200) - 100;
            case 2 -> random.nextBoolean() ? random.nextLong() : (long) (random.nextInt(200) - 100);
            case 3 -> aDouble();
            case 4 -> random.nextBoolean() ? (float) aDouble() : random.nextFloat() * 1000;
            case 5 -> random.nextBoolean();
            case 6 -> (char) random.nextInt(0x3000);
            case 7 -> (short) random.nextInt();
            case 8 -> (byte) random.nextInt();
            case 9 -> null;
            default -> string();
        };
    }

    String string() {
        String alphabet = ALPHABETS[random.nextInt(ALPHABETS.length)];
        int[] codePoints = alphabet.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            out.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return out.toString();
    }

    double aDouble() {
        return switch (random.nextInt(4)) {
            case 0 -> SPECIAL_DOUBLES[random.nextInt(SPECIAL_DOUBLES.length)];
            case 1 -> random.nextInt(2000) - 1000;
            case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
            default -> Double.longBitsToDouble(random.nextLong());
        };
    }

    Tuple tuple(int depth) {
        Object[] items = new Object[2 + random.nextInt(3)];
        for (int i = 0; i < items.length; i++) {
            items[i] = depth > 0 && random.nextInt(3) == 0 ? tuple(depth - 1) : scalar();
        }
        return Tuple.of(items);
    }

    List<Object> list() {
        List<Object> list = new ArrayList<>();
        int length = random.nextInt(6);
        if (random.nextBoolean()) {
            long start = random.nextInt(20) - 10;
            long step = random.nextInt(5) - 2;
            for (int i = 0; i < length; i++) {
                list.add(random.nextBoolean() ? (Object) (int) (start + i * step) : (Object) (start + i * step));
            }
        } else {
            for (int i = 0; i < length; i++) {
                list.add(random.nextInt(4) == 0 ? tuple(0) : scalar());
            }
        }
        return list;
    }

    Set<Object> set() {
        Set<Object> set = new LinkedHashSet<>();
        int size = random.nextInt(6);
        for (int i = 0; i < size; i++) {
            set.add(scalar());
        }
        return set;
    }

    Map<Object, Object> map() {
        Map<Object, Object> map = new LinkedHashMap<>();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            map.put(string(), scalar());
        }
        return map;
    }
}
