package dev.streamlab.lang.runtime;

import java.util.function.Function;

/**
 * A library function ({@code println}, {@code Seconds}, {@code len}): plain Java, no budget charge of its own. Natives
 * that take keyword arguments override {@link #callWithKeywords}.
 */
public class NativeFunction extends LangFunction {

    private final String name;
    private final int arity;
    private final Function<Object[], Object> body;
    private java.util.Set<Integer> byNamePositions = java.util.Set.of();

    public NativeFunction(String name, int arity, Function<Object[], Object> body) {
        this.name = name;
        this.arity = arity;
        this.body = body;
    }

    /** Declares the parameters at {@code positions} by-name: calls pass them as {@link Thunk}s. */
    public NativeFunction byName(Integer... positions) {
        this.byNamePositions = java.util.Set.of(positions);
        return this;
    }

    @Override
    public boolean takesByName(int position) {
        return byNamePositions.contains(position);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int arity() {
        return arity;
    }

    @Override
    public Object call(Object[] args) {
        if (arity >= 0 && args.length != arity) {
            throw new LangException("lang.call.arity", null, name, arity, args.length);
        }
        return body.apply(args);
    }
}
