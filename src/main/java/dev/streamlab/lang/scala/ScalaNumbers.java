package dev.streamlab.lang.scala;

/**
 * JVM numeric promotion for Scala's operators: Byte/Short/Char/Int compute as Int (32-bit, wrapping), then Long,
 * Float, Double.
 */
final class ScalaNumbers {

    static final int INT = 1;
    static final int LONG = 2;
    static final int FLOAT = 3;
    static final int DOUBLE = 4;

    private ScalaNumbers() {
    }

    /** The numeric rank of a value, or 0 if it is not a number (Char counts as a number). */
    static int rank(Object value) {
        if (value instanceof Integer || value instanceof Character || value instanceof Short
                || value instanceof Byte) {
            return INT;
        }
        if (value instanceof Long) {
            return LONG;
        }
        if (value instanceof Float) {
            return FLOAT;
        }
        if (value instanceof Double) {
            return DOUBLE;
        }
        return 0;
    }

    static int toInt(Object value) {
        if (value instanceof Character c) {
            return c;
        }
        return ((Number) value).intValue();
    }

    static long toLong(Object value) {
        if (value instanceof Character c) {
            return c;
        }
        return ((Number) value).longValue();
    }

    static double toDouble(Object value) {
        if (value instanceof Character c) {
            return c;
        }
        return ((Number) value).doubleValue();
    }

    static float toFloat(Object value) {
        if (value instanceof Character c) {
            return c;
        }
        return ((Number) value).floatValue();
    }

    static boolean isNumber(Object value) {
        return rank(value) > 0;
    }
}
