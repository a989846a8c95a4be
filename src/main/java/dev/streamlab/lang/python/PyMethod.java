package dev.streamlab.lang.python;

import dev.streamlab.lang.runtime.NativeMethod;
import dev.streamlab.lang.runtime.RunContext;
import java.util.function.BiFunction;

/** A method of a Python built-in type ({@code str.split}, {@code dict.get}), taking positional and keyword arguments. */
public final class PyMethod implements NativeMethod {

    private static final String[] NO_NAMES = new String[0];
    private static final Object[] NO_VALUES = new Object[0];

    private final String name;
    private final BiFunction<Object, PyCall, Object> body;

    public PyMethod(String name, BiFunction<Object, PyCall, Object> body) {
        this.name = name;
        this.body = body;
    }

    @Override
    public Object invoke(RunContext context, Object receiver, Object[] args) {
        return body.apply(receiver, new PyCall(name, args, NO_NAMES, NO_VALUES, context));
    }

    @Override
    public Object invokeWithKeywords(RunContext context, Object receiver, Object[] positional, String[] names,
            Object[] values) {
        return body.apply(receiver, new PyCall(name, positional, names, values, context));
    }
}
