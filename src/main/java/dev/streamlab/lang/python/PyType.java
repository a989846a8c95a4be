package dev.streamlab.lang.python;

import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.TypeTest;
import java.util.function.Function;

/**
 * A built-in type such as {@code int}, {@code str}, {@code list}: calling it converts or constructs, it prints as
 * {@code <class 'int'>}, and {@code isinstance}/{@code except} test values against it.
 */
public final class PyType extends LangFunction implements TypeTest {

    private final String name;
    private final TypeTest test;
    private final Function<PyCall, Object> constructor;

    public PyType(String name, TypeTest test, Function<PyCall, Object> constructor) {
        this.name = name;
        this.test = test;
        this.constructor = constructor;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean matches(Object value) {
        return test.matches(value);
    }

    @Override
    public Object call(Object[] args) {
        return constructor.apply(new PyCall(name, args, new String[0], new Object[0], null));
    }

    @Override
    public Object callWithKeywords(Object[] positional, String[] names, Object[] values) {
        return constructor.apply(new PyCall(name, positional, names, values, null));
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
