package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;

import java.math.BigInteger;

/** Writes our Python value model as Python source, exactly: floats in hex, strings with code point escapes. */
final class PythonLiterals {

    private PythonLiterals() {
    }

    static String of(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Double d) {
            return floatLiteral(d);
        }
        if (value instanceof String s) {
            return stringLiteral(s);
        }
        if (value instanceof Tuple tuple) {
            StringBuilder out = new StringBuilder("(");
            for (int i = 0; i < tuple.arity(); i++) {
                out.append(of(tuple.get(i))).append(", ");
            }
            return out.append(')').toString();
        }
        throw new IllegalArgumentException("no Python literal for " + value.getClass());
    }

    private static String floatLiteral(double d) {
        if (Double.isNaN(d)) {
            return "float('nan')";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "float('inf')" : "float('-inf')";
        }
        return "float.fromhex('" + Double.toHexString(d) + "')";
    }

    private static String stringLiteral(String s) {
        StringBuilder out = new StringBuilder("'");
        s.codePoints().forEach(codePoint -> out.append(String.format("\\U%08x", codePoint)));
        return out.append('\'').toString();
    }
}
