package dev.streamlab.engine;

import java.util.Arrays;

/**
 * An immutable tuple of any arity: the record type of pair operations (a 2-tuple is a key and a value).
 * Both dialects use it for their tuples; how it prints is the dialect's business.
 */
public final class Tuple {

    private final Object[] items;

    private Tuple(Object[] items) {
        this.items = items;
    }

    public static Tuple of(Object... items) {
        return new Tuple(items.clone());
    }

    public static Tuple pair(Object key, Object value) {
        return new Tuple(new Object[] {key, value});
    }

    public int arity() {
        return items.length;
    }

    public Object get(int index) {
        return items[index];
    }

    public Object key() {
        return items[0];
    }

    public Object value() {
        return items[1];
    }

    public boolean isPair() {
        return items.length == 2;
    }

    public Object[] toArray() {
        return items.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tuple t && Arrays.equals(items, t.items);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(items[i]);
        }
        return out.append(')').toString();
    }
}
