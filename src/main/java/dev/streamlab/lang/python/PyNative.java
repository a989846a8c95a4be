package dev.streamlab.lang.python;

import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.RunContext;
import java.util.function.Function;

/** A Python built-in function ({@code len}, {@code sorted}, {@code json.loads}): Java code over a {@link PyCall}. */
public final class PyNative extends LangFunction {

    private static final String[] NO_NAMES = new String[0];
    private static final Object[] NO_VALUES = new Object[0];

    private final String name;
    private final Function<PyCall, Object> body;
    private final RunContext context;

    public PyNative(String name, Function<PyCall, Object> body) {
        this(name, body, null);
    }

    /** A built-in bound to one run (print writes to that run's console). */
    public PyNative(String name, Function<PyCall, Object> body, RunContext context) {
        this.name = name;
        this.body = body;
        this.context = context;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Object call(Object[] args) {
        return body.apply(new PyCall(name, args, NO_NAMES, NO_VALUES, context));
    }

    @Override
    public Object callWithKeywords(Object[] positional, String[] names, Object[] values) {
        return body.apply(new PyCall(name, positional, names, values, context));
    }

    @Override
    protected boolean isTrue(Object result) {
        return PyOps.isTruthy(result);
    }

    @Override
    public String toString() {
        return "<built-in function " + name + ">";
    }
}
