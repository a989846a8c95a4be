package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.ClassValue;
import dev.streamlab.lang.runtime.ErrorType;
import dev.streamlab.lang.runtime.ErrorValue;
import dev.streamlab.lang.runtime.HostObject;
import dev.streamlab.lang.runtime.ClassMember;
import dev.streamlab.lang.runtime.Instance;
import dev.streamlab.lang.runtime.SuperObject;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.NativeFunction;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code str()} and {@code repr()} as CPython 3.11 prints them. Python values are plain Java objects: None is null,
 * bool Boolean, int Long/BigInteger, float Double, str String, tuple {@link Tuple}, list {@link List}, dict
 * {@link Map} (insertion-ordered), set {@link Set}; other values print themselves through {@link PyPrintable}.
 */
public final class PyRepr {

    private PyRepr() {
    }

    public static String str(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof PyPrintable p) {
            return p.pyStr();
        }
        if (value instanceof ErrorValue e) {
            return PyErrors.str(e);
        }
        if (value instanceof Instance instance) {
            String custom = special(instance, "__str__");
            if (custom != null) {
                return custom;
            }
        }
        return repr(value);
    }

    public static String repr(Object value) {
        StringBuilder out = new StringBuilder();
        appendRepr(out, value);
        return out.toString();
    }

    static void appendRepr(StringBuilder out, Object value) {
        if (value == null) {
            out.append("None");
        } else if (value instanceof String s) {
            appendString(out, s);
        } else if (value instanceof Boolean b) {
            out.append(b ? "True" : "False");
        } else if (value instanceof Long || value instanceof Integer || value instanceof BigInteger
                || value instanceof Short || value instanceof Byte) {
            out.append(PyInts.decimal(value));
        } else if (value instanceof Double d) {
            out.append(PyFloats.repr(d));
        } else if (value instanceof Float f) {
            out.append(PyFloats.repr(f.doubleValue()));
        } else if (value instanceof Tuple t) {
            appendTuple(out, t);
        } else if (value instanceof PyPrintable p) {
            out.append(p.pyRepr());
        } else if (value instanceof List<?> list) {
            if (enter(list)) {
                try {
                    appendItems(out, "[", list, "]");
                } finally {
                    PRINTING.get().remove(list);
                }
            } else {
                out.append("[...]");
            }
        } else if (value instanceof Map<?, ?> map) {
            appendMap(out, map);
        } else if (value instanceof Set<?> set) {
            if (set.isEmpty()) {
                out.append("set()");
            } else {
                appendItems(out, "{", set, "}");
            }
        } else if (value instanceof ErrorValue e) {
            out.append(PyErrors.repr(e));
        } else if (value instanceof ErrorType t) {
            out.append("<class '").append(PyErrors.displayName(t)).append("'>");
        } else if (value instanceof Character c) {
            appendString(out, c.toString());
        } else if (value instanceof PyType || value instanceof ClassValue || value instanceof PyNative) {
            out.append(value);
        } else if (value instanceof Instance instance && special(instance, "__repr__") != null) {
            out.append(special(instance, "__repr__"));
        } else if (value instanceof Instance instance) {
            out.append("<__main__.").append(instance.classValue().className()).append(" object at ")
                    .append(address(instance)).append('>');
        } else if (value instanceof HostObject h) {
            out.append(h);
        } else if (value instanceof NativeFunction f) {
            out.append("<built-in function ").append(f.name()).append('>');
        } else if (value instanceof LangFunction f) {
            String name = f.name() == null || f.name().contains("lambda") || f.name().contains("anon")
                    ? "<lambda>" : f.name();
            out.append("<function ").append(name).append(" at ").append(address(f)).append('>');
        } else {
            out.append(value);
        }
    }

    private static void appendTuple(StringBuilder out, Tuple t) {
        out.append('(');
        for (int i = 0; i < t.arity(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            appendRepr(out, t.get(i));
        }
        if (t.arity() == 1) {
            out.append(',');
        }
        out.append(')');
    }

    static void appendItems(StringBuilder out, String open, Collection<?> items, String close) {
        out.append(open);
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            appendRepr(out, item);
        }
        out.append(close);
    }

    static void appendMap(StringBuilder out, Map<?, ?> map) {
        if (!enter(map)) {
            out.append("{...}");
            return;
        }
        try {
            appendEntries(out, map);
        } finally {
            PRINTING.get().remove(map);
        }
    }

    /**
     * Containers being printed on this thread: a list or dict that contains itself prints {@code [...]} /
     * {@code {...}} as in CPython instead of recursing forever.
     */
    private static final ThreadLocal<Set<Object>> PRINTING =
            ThreadLocal.withInitial(() -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    private static boolean enter(Object container) {
        return PRINTING.get().add(container);
    }

    private static void appendEntries(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            appendRepr(out, entry.getKey());
            out.append(": ");
            appendRepr(out, entry.getValue());
        }
        out.append('}');
    }

    /** CPython's string repr: single quotes unless the text has ' and no ", escapes for the non-printable. */
    /**
     * The escape a str or bytes repr gives an ASCII code point: the quote and backslash, \t \n \r, other control
     * characters as \xNN. False when {@code cp} needs none of these.
     */
    static boolean appendAsciiEscape(StringBuilder out, int cp, char quote) {
        if (cp == quote || cp == '\\') {
            out.append('\\').appendCodePoint(cp);
        } else if (cp == '\t') {
            out.append("\\t");
        } else if (cp == '\n') {
            out.append("\\n");
        } else if (cp == '\r') {
            out.append("\\r");
        } else if (cp < 0x20 || cp == 0x7f) {
            out.append(String.format("\\x%02x", cp));
        } else {
            return false;
        }
        return true;
    }

    public static void appendString(StringBuilder out, String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (appendAsciiEscape(out, cp, quote)) {
                continue;
            } else if (cp < 0x7f || isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp < 0x100) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        }
        out.append(quote);
    }

    /** Python's str.isprintable for one code point: not a control, format, surrogate, private, unassigned or separator. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** The result of a program class's {@code __str__}/{@code __repr__}, or null when it defines none. */
    private static String special(Instance instance, String method) {
        if (!instance.classValue().isPython()) {
            return null;
        }
        Object bound = instance.member(method, null);
        if (!(bound instanceof LangFunction function)) {
            return null;
        }
        Object text = function.call0();
        if (!(text instanceof String s)) {
            throw PyErrors.typeError(method + " returned non-string (type " + typeName(text) + ")");
        }
        return s;
    }

    /** A CPython-looking object address ({@code 0x7f...}), stable for the object's lifetime. */
    public static String address(Object value) {
        return String.format("0x7f%010x", System.identityHashCode(value) * 16L);
    }

    /** CPython's type name of a value, for messages such as "unsupported operand type(s) for +: 'int' and 'str'". */
    public static String typeName(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Long || value instanceof Integer || value instanceof BigInteger
                || value instanceof Short || value instanceof Byte) {
            return "int";
        }
        if (value instanceof Double || value instanceof Float) {
            return "float";
        }
        if (value instanceof Tuple) {
            return "tuple";
        }
        if (value instanceof PyTyped t) {
            return t.pyTypeName();
        }
        if (value instanceof List) {
            return "list";
        }
        if (value instanceof Map) {
            return "dict";
        }
        if (value instanceof Set) {
            return "set";
        }
        if (value instanceof ErrorValue e) {
            return e.type().simpleName();
        }
        if (value instanceof ErrorType) {
            return "type";
        }
        if (value instanceof PyType || value instanceof ClassValue) {
            return "type";
        }
        if (value instanceof Instance instance) {
            return instance.classValue().className();
        }
        if (value instanceof SuperObject) {
            return "super";
        }
        if (value instanceof ClassMember member) {
            return switch (member.kind()) {
                case STATIC -> "staticmethod";
                case CLASS -> "classmethod";
                case PROPERTY -> "property";
            };
        }
        if (value instanceof PyNative) {
            return "builtin_function_or_method";
        }
        if (value instanceof HostObject) {
            return "module";
        }
        if (value instanceof NativeFunction) {
            return "builtin_function_or_method";
        }
        if (value instanceof LangFunction) {
            return "function";
        }
        return value.getClass().getSimpleName();
    }
}
