package dev.streamlab.lang.python;

import dev.streamlab.lang.runtime.ErrorType;
import dev.streamlab.lang.runtime.ErrorValue;
import dev.streamlab.lang.runtime.GuestException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPython's built-in exception classes with their hierarchy (so {@code except Exception} catches a KeyError), and
 * the raising helpers the library uses. Messages follow CPython 3.11 word for word.
 */
public final class PyErrors {

    private static final Map<String, ErrorType> BUILT_IN = new LinkedHashMap<>();

    public static final ErrorType BASE_EXCEPTION = builtIn("BaseException", null);
    public static final ErrorType SYSTEM_EXIT = builtIn("SystemExit", BASE_EXCEPTION);
    public static final ErrorType KEYBOARD_INTERRUPT = builtIn("KeyboardInterrupt", BASE_EXCEPTION);
    public static final ErrorType EXCEPTION = builtIn("Exception", BASE_EXCEPTION);
    public static final ErrorType STOP_ITERATION = builtIn("StopIteration", EXCEPTION);
    public static final ErrorType ARITHMETIC_ERROR = builtIn("ArithmeticError", EXCEPTION);
    public static final ErrorType ZERO_DIVISION_ERROR = builtIn("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final ErrorType OVERFLOW_ERROR = builtIn("OverflowError", ARITHMETIC_ERROR);
    public static final ErrorType ASSERTION_ERROR = builtIn("AssertionError", EXCEPTION);
    public static final ErrorType ATTRIBUTE_ERROR = builtIn("AttributeError", EXCEPTION);
    public static final ErrorType IMPORT_ERROR = builtIn("ImportError", EXCEPTION);
    public static final ErrorType MODULE_NOT_FOUND_ERROR = builtIn("ModuleNotFoundError", IMPORT_ERROR);
    public static final ErrorType LOOKUP_ERROR = builtIn("LookupError", EXCEPTION);
    public static final ErrorType INDEX_ERROR = builtIn("IndexError", LOOKUP_ERROR);
    public static final ErrorType KEY_ERROR = builtIn("KeyError", LOOKUP_ERROR);
    public static final ErrorType NAME_ERROR = builtIn("NameError", EXCEPTION);
    public static final ErrorType UNBOUND_LOCAL_ERROR = builtIn("UnboundLocalError", NAME_ERROR);
    public static final ErrorType OS_ERROR = builtIn("OSError", EXCEPTION);
    public static final ErrorType RUNTIME_ERROR = builtIn("RuntimeError", EXCEPTION);
    public static final ErrorType NOT_IMPLEMENTED_ERROR = builtIn("NotImplementedError", RUNTIME_ERROR);
    public static final ErrorType RECURSION_ERROR = builtIn("RecursionError", RUNTIME_ERROR);
    public static final ErrorType TYPE_ERROR = builtIn("TypeError", EXCEPTION);
    public static final ErrorType VALUE_ERROR = builtIn("ValueError", EXCEPTION);
    public static final ErrorType UNICODE_ERROR = builtIn("UnicodeError", VALUE_ERROR);
    public static final ErrorType UNICODE_ENCODE_ERROR = builtIn("UnicodeEncodeError", UNICODE_ERROR);
    public static final ErrorType UNICODE_DECODE_ERROR = builtIn("UnicodeDecodeError", UNICODE_ERROR);
    public static final ErrorType JSON_DECODE_ERROR = new ErrorType("json.decoder.JSONDecodeError", VALUE_ERROR);
    public static final ErrorType FROZEN_INSTANCE_ERROR = new ErrorType("dataclasses.FrozenInstanceError",
            ATTRIBUTE_ERROR);

    private PyErrors() {
    }

    private static ErrorType builtIn(String name, ErrorType parent) {
        ErrorType type = new ErrorType(name, parent);
        BUILT_IN.put(name, type);
        return type;
    }

    /** The built-in exception classes by name, for the global namespace and {@code except} clauses. */
    public static Map<String, ErrorType> builtIns() {
        return java.util.Collections.unmodifiableMap(BUILT_IN);
    }

    public static GuestException typeError(String message) {
        return TYPE_ERROR.raise(message);
    }

    public static GuestException valueError(String message) {
        return VALUE_ERROR.raise(message);
    }

    public static GuestException indexError(String message) {
        return INDEX_ERROR.raise(message);
    }

    public static GuestException zeroDivision(String message) {
        return ZERO_DIVISION_ERROR.raise(message);
    }

    public static GuestException overflow(String message) {
        return OVERFLOW_ERROR.raise(message);
    }

    /** {@code KeyError: 'k'}: the key itself is the argument; str(e) is its repr. */
    public static GuestException keyError(Object key) {
        return new GuestException(new ErrorValue(KEY_ERROR, PyRepr.repr(key), null, new Object[] {key}));
    }

    /** {@code TypeError: unsupported operand type(s) for +: 'int' and 'str'}. */
    public static GuestException unsupported(String symbol, Object left, Object right) {
        return typeError("unsupported operand type(s) for " + symbol + ": '" + PyRepr.typeName(left) + "' and '"
                + PyRepr.typeName(right) + "'");
    }

    /**
     * A NameError/AttributeError whose "Did you mean" hint, as in CPython 3.11, shows in the traceback line but not in
     * {@code str(e)}: the hint is in the message, the argument is the bare text.
     */
    public static GuestException hinted(ErrorType type, String text, String suggestion) {
        String message = suggestion == null ? text : text + ". Did you mean: '" + suggestion + "'?";
        return new GuestException(new ErrorValue(type, message, null, new Object[] {text}));
    }

    public static GuestException attributeError(Object receiver, String name) {
        return ATTRIBUTE_ERROR.raise("'" + PyRepr.typeName(receiver) + "' object has no attribute '" + name + "'");
    }

    /** str(e) as CPython computes it: nothing, the one argument's str (a KeyError's repr), or the args tuple. */
    public static String str(ErrorValue error) {
        Object[] args = error.args();
        if (args.length == 0 || (args.length == 1 && args[0] == null && error.message() == null)) {
            return "";
        }
        if (args.length == 1) {
            return error.type().isSubtypeOf(KEY_ERROR) ? PyRepr.repr(args[0]) : PyRepr.str(args[0]);
        }
        return PyRepr.repr(dev.streamlab.engine.Tuple.of(args));
    }

    /** repr(e): {@code ValueError('x')}. */
    public static String repr(ErrorValue error) {
        StringBuilder out = new StringBuilder(error.type().simpleName()).append('(');
        Object[] args = error.args();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(PyRepr.repr(args[i]));
        }
        return out.append(')').toString();
    }

    /** The traceback's last line: {@code ValueError: message}, or the bare class name when str(e) is empty. */
    public static String describe(ErrorValue error) {
        boolean hinted = error.message() != null && (error.type().isSubtypeOf(NAME_ERROR)
                || error.type().isSubtypeOf(ATTRIBUTE_ERROR));
        String text = hinted ? error.message() : str(error);
        String name = displayName(error.type());
        return text.isEmpty() ? name : name + ": " + text;
    }

    /** How CPython names the class in tracebacks: {@code ValueError}, {@code json.decoder.JSONDecodeError},
     * {@code __main__.MyError} for a class the program defined. */
    public static String displayName(ErrorType type) {
        String name = type.qualifiedName();
        if (name.indexOf('.') < 0 && BUILT_IN.get(name) != type) {
            return "__main__." + name;
        }
        return name;
    }
}
