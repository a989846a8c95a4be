package dev.streamlab.lang.python;

import dev.streamlab.lang.runtime.RunContext;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments one call of a library function received, positional and keyword, with CPython's checks and
 * messages ("len() takes exactly one argument (2 given)", "'x' is an invalid keyword argument for sorted()").
 */
public final class PyCall {

    private final String function;
    private final Object[] positional;
    private final Map<String, Object> keywords;
    private final RunContext context;

    PyCall(String function, Object[] positional, String[] names, Object[] values, RunContext context) {
        this.function = function;
        this.positional = positional;
        this.context = context;
        if (names.length == 0) {
            this.keywords = Map.of();
        } else {
            this.keywords = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                keywords.put(names[i], values[i]);
            }
        }
    }

    public String function() {
        return function;
    }

    public RunContext context() {
        return context;
    }

    public int count() {
        return positional.length;
    }

    public List<Object> positional() {
        return Arrays.asList(positional);
    }

    public Map<String, Object> keywords() {
        return keywords;
    }

    /** A required argument, by position or by name. */
    public Object arg(int index, String name) {
        if (index < positional.length) {
            return positional[index];
        }
        if (name != null && keywords.containsKey(name)) {
            return keywords.get(name);
        }
        throw PyErrors.typeError(function + "() missing required argument '" + name + "' (pos " + (index + 1)
                + ")");
    }

    /** An optional argument, by position or by name. */
    public Object arg(int index, String name, Object fallback) {
        if (index < positional.length) {
            return positional[index];
        }
        if (name != null && keywords.containsKey(name)) {
            return keywords.get(name);
        }
        return fallback;
    }

    public boolean has(int index, String name) {
        return index < positional.length || (name != null && keywords.containsKey(name));
    }

    /** A keyword-only argument. */
    public Object keyword(String name, Object fallback) {
        return keywords.containsKey(name) ? keywords.get(name) : fallback;
    }

    /** Checks the number of positional arguments and that every keyword is one of {@code allowed}. */
    public PyCall expect(int min, int max, String... allowed) {
        if (positional.length < min || positional.length > max) {
            throw arityError(min, max);
        }
        for (String name : keywords.keySet()) {
            if (!List.of(allowed).contains(name)) {
                throw PyErrors.typeError("'" + name + "' is an invalid keyword argument for " + function + "()");
            }
        }
        return this;
    }

    private RuntimeException arityError(int min, int max) {
        int given = positional.length;
        if (min == max) {
            if (min == 0) {
                return PyErrors.typeError(function + "() takes no arguments (" + given + " given)");
            }
            if (min == 1) {
                return PyErrors.typeError(function + "() takes exactly one argument (" + given + " given)");
            }
            return PyErrors.typeError(function + " expected " + min + " arguments, got " + given);
        }
        if (given < min) {
            return PyErrors.typeError(function + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                    + ", got " + given);
        }
        return PyErrors.typeError(function + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                + ", got " + given);
    }

    /** An int argument as a Java long (bools count as ints), with CPython's TypeError otherwise. */
    public long intArg(Object value, String what) {
        if (!PyInts.isInt(value)) {
            throw PyErrors.typeError("'" + PyRepr.typeName(value) + "' object cannot be interpreted as an integer");
        }
        Object canonical = PyInts.canonical(value);
        if (canonical instanceof Long l) {
            return l;
        }
        throw PyErrors.overflow("Python int too large to convert to C ssize_t");
    }

    public String strArg(Object value, String what) {
        if (value instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(what + " must be str, not " + PyRepr.typeName(value));
    }
}
