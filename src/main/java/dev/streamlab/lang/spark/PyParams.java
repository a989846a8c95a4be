package dev.streamlab.lang.spark;

import dev.streamlab.lang.python.PyErrors;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.NativeMethod;
import dev.streamlab.lang.runtime.RunContext;

import java.util.Arrays;

/**
 * A PySpark signature ({@code reduceByKeyAndWindow(func, invFunc, windowDuration, slideDuration=None, …)}): binds
 * positional and keyword arguments as CPython does, with CPython's {@code TypeError}s.
 */
final class PyParams {

    /** Marks a parameter without a default. */
    static final Object REQUIRED = new Object();

    /** The body of a PySpark method, given its arguments bound to the signature. */
    @FunctionalInterface
    interface Body {
        Object apply(RunContext context, Object receiver, Object[] args);
    }

    private final String function;
    private final String[] names;
    private final Object[] defaults;

    private PyParams(String function, String[] names, Object[] defaults) {
        this.function = function;
        this.names = names;
        this.defaults = defaults;
    }

    /** {@code of("window", "windowDuration", REQUIRED, "slideDuration", null)}: names alternating with defaults. */
    static PyParams of(String function, Object... namesAndDefaults) {
        int n = namesAndDefaults.length / 2;
        String[] names = new String[n];
        Object[] defaults = new Object[n];
        for (int i = 0; i < n; i++) {
            names[i] = (String) namesAndDefaults[2 * i];
            defaults[i] = namesAndDefaults[2 * i + 1];
        }
        return new PyParams(function, names, defaults);
    }

    Object[] bind(Object[] positional, String[] keywordNames, Object[] keywordValues) {
        if (positional.length > names.length) {
            int required = (int) Arrays.stream(defaults).filter(d -> d == REQUIRED).count();
            String expected = required == names.length ? String.valueOf(names.length)
                    : "from " + required + " to " + names.length;
            throw PyErrors.typeError(function + "() takes " + expected + " positional argument"
                    + (names.length == 1 ? "" : "s") + " but " + positional.length + " were given");
        }
        Object[] bound = new Object[names.length];
        boolean[] given = new boolean[names.length];
        for (int i = 0; i < positional.length; i++) {
            bound[i] = positional[i];
            given[i] = true;
        }
        for (int k = 0; k < keywordNames.length; k++) {
            int at = Arrays.asList(names).indexOf(keywordNames[k]);
            if (at < 0) {
                throw PyErrors.typeError(function + "() got an unexpected keyword argument '" + keywordNames[k] + "'");
            }
            if (given[at]) {
                throw PyErrors.typeError(function + "() got multiple values for argument '" + keywordNames[k] + "'");
            }
            bound[at] = keywordValues[k];
            given[at] = true;
        }
        for (int i = 0; i < names.length; i++) {
            if (!given[i]) {
                if (defaults[i] == REQUIRED) {
                    throw PyErrors.typeError(function + "() missing 1 required positional argument: '" + names[i]
                            + "'");
                }
                bound[i] = defaults[i];
            }
        }
        return bound;
    }

    NativeMethod method(Body body) {
        return new NativeMethod() {
            @Override
            public Object invoke(RunContext context, Object receiver, Object[] args) {
                return body.apply(context, receiver, bind(args, new String[0], new Object[0]));
            }

            @Override
            public Object invokeWithKeywords(RunContext context, Object receiver, Object[] positional,
                                             String[] keywordNames, Object[] keywordValues) {
                return body.apply(context, receiver, bind(positional, keywordNames, keywordValues));
            }
        };
    }

    LangFunction function(RunContext context, Body body) {
        return new LangFunction() {
            @Override
            public String name() {
                return function;
            }

            @Override
            public Object call(Object[] args) {
                return body.apply(context, null, bind(args, new String[0], new Object[0]));
            }

            @Override
            public Object callWithKeywords(Object[] positional, String[] keywordNames, Object[] keywordValues) {
                return body.apply(context, null, bind(positional, keywordNames, keywordValues));
            }
        };
    }
}
