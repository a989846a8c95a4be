package dev.streamlab.lang.python;

import java.util.Arrays;
import java.util.List;

/**
 * A Python exception instance, thrown as a Java exception to unwind. {@code except E as e} binds this object;
 * {@code str(e)} and the traceback's last line follow CPython ({@code KeyError: 'k'}).
 */
public final class PyException extends RuntimeException {

    private final PyExceptionType type;
    private final Object[] args;

    PyException(PyExceptionType type, Object[] args) {
        super(null, null, false, false);
        this.type = type;
        this.args = args.clone();
    }

    public static PyException of(PyExceptionType type, String message) {
        return new PyException(type, new Object[] {message});
    }

    public static PyException typeError(String message) {
        return of(PyExceptionType.TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return of(PyExceptionType.VALUE_ERROR, message);
    }

    public static PyException keyError(Object key) {
        return new PyException(PyExceptionType.KEY_ERROR, new Object[] {key});
    }

    public PyExceptionType type() {
        return type;
    }

    public List<Object> args() {
        return Arrays.asList(args.clone());
    }

    /** {@code str(e)}: the single argument's str (KeyError: its repr), or the args tuple's repr. */
    public String str() {
        if (args.length == 0) {
            return "";
        }
        if (args.length == 1) {
            return type.isSubclassOf(PyExceptionType.KEY_ERROR) ? PyRepr.repr(args[0]) : PyRepr.str(args[0]);
        }
        return PyRepr.repr(dev.streamlab.engine.Tuple.of(args));
    }

    /** The traceback's last line: {@code ValueError: message}, or just the class name when str is empty. */
    public String describe() {
        String text = str();
        return text.isEmpty() ? type.qualifiedName() : type.qualifiedName() + ": " + text;
    }

    /** {@code repr(e)}: {@code ValueError('x')}. */
    public String repr() {
        StringBuilder out = new StringBuilder(type.name()).append('(');
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(PyRepr.repr(args[i]));
        }
        return out.append(')').toString();
    }

    @Override
    public String getMessage() {
        return describe();
    }
}
