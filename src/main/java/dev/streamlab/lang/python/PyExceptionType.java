package dev.streamlab.lang.python;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Python exception class (built-in or, later, user-defined): a name and a base, so that {@code except Exception}
 * catches a {@code KeyError}. Calling it makes a {@link PyException} instance; {@code raise} throws that.
 */
public final class PyExceptionType {

    private static final Map<String, PyExceptionType> BUILT_IN = new LinkedHashMap<>();

    public static final PyExceptionType BASE_EXCEPTION = builtIn("BaseException", null);
    public static final PyExceptionType SYSTEM_EXIT = builtIn("SystemExit", BASE_EXCEPTION);
    public static final PyExceptionType KEYBOARD_INTERRUPT = builtIn("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyExceptionType EXCEPTION = builtIn("Exception", BASE_EXCEPTION);
    public static final PyExceptionType STOP_ITERATION = builtIn("StopIteration", EXCEPTION);
    public static final PyExceptionType ARITHMETIC_ERROR = builtIn("ArithmeticError", EXCEPTION);
    public static final PyExceptionType ZERO_DIVISION_ERROR = builtIn("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyExceptionType OVERFLOW_ERROR = builtIn("OverflowError", ARITHMETIC_ERROR);
    public static final PyExceptionType ASSERTION_ERROR = builtIn("AssertionError", EXCEPTION);
    public static final PyExceptionType ATTRIBUTE_ERROR = builtIn("AttributeError", EXCEPTION);
    public static final PyExceptionType IMPORT_ERROR = builtIn("ImportError", EXCEPTION);
    public static final PyExceptionType MODULE_NOT_FOUND_ERROR = builtIn("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyExceptionType LOOKUP_ERROR = builtIn("LookupError", EXCEPTION);
    public static final PyExceptionType INDEX_ERROR = builtIn("IndexError", LOOKUP_ERROR);
    public static final PyExceptionType KEY_ERROR = builtIn("KeyError", LOOKUP_ERROR);
    public static final PyExceptionType NAME_ERROR = builtIn("NameError", EXCEPTION);
    public static final PyExceptionType UNBOUND_LOCAL_ERROR = builtIn("UnboundLocalError", NAME_ERROR);
    public static final PyExceptionType OS_ERROR = builtIn("OSError", EXCEPTION);
    public static final PyExceptionType RUNTIME_ERROR = builtIn("RuntimeError", EXCEPTION);
    public static final PyExceptionType NOT_IMPLEMENTED_ERROR = builtIn("NotImplementedError", RUNTIME_ERROR);
    public static final PyExceptionType RECURSION_ERROR = builtIn("RecursionError", RUNTIME_ERROR);
    public static final PyExceptionType TYPE_ERROR = builtIn("TypeError", EXCEPTION);
    public static final PyExceptionType VALUE_ERROR = builtIn("ValueError", EXCEPTION);
    public static final PyExceptionType UNICODE_ERROR = builtIn("UnicodeError", VALUE_ERROR);
    public static final PyExceptionType JSON_DECODE_ERROR = new PyExceptionType("JSONDecodeError", VALUE_ERROR,
            "json.decoder");

    private final String name;
    private final PyExceptionType base;
    private final String module;

    public PyExceptionType(String name, PyExceptionType base, String module) {
        this.name = name;
        this.base = base;
        this.module = module;
    }

    private static PyExceptionType builtIn(String name, PyExceptionType base) {
        PyExceptionType type = new PyExceptionType(name, base, "builtins");
        BUILT_IN.put(name, type);
        return type;
    }

    /** The built-in exception classes by name, for the global namespace. */
    public static Map<String, PyExceptionType> builtIns() {
        return BUILT_IN;
    }

    public String name() {
        return name;
    }

    public PyExceptionType base() {
        return base;
    }

    /** Where CPython says the class lives; tracebacks print {@code json.decoder.JSONDecodeError}. */
    public String qualifiedName() {
        return "builtins".equals(module) ? name : module + "." + name;
    }

    public boolean isSubclassOf(PyExceptionType other) {
        for (PyExceptionType t = this; t != null; t = t.base) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    public PyException create(Object... args) {
        return new PyException(this, args);
    }

    @Override
    public String toString() {
        return "<class '" + ("builtins".equals(module) ? name : module + "." + name) + "'>";
    }
}
