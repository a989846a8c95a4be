package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.ErrorValue;
import dev.streamlab.lang.runtime.GuestException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code json.loads} and {@code json.dumps} with the output and the {@code JSONDecodeError} messages of CPython's json. */
final class PyJson {

    /** The message json's decoder formats: {@code msg: line L column C (char P)}. */
    private static final java.util.regex.Pattern DECODE_MESSAGE = java.util.regex.Pattern.compile(
            "(.*): line (\\d+) column (\\d+) \\(char (\\d+)\\)", java.util.regex.Pattern.DOTALL);

    /** {@code msg}, {@code pos}, {@code lineno}, {@code colno} of a JSONDecodeError, read back from its message. */
    static Object decodeErrorAttribute(ErrorValue error, String name) {
        java.util.regex.Matcher parts = DECODE_MESSAGE.matcher(error.message() == null ? "" : error.message());
        if (!parts.matches()) {
            return null;
        }
        return switch (name) {
            case "msg" -> parts.group(1);
            case "lineno" -> Long.parseLong(parts.group(2));
            case "colno" -> Long.parseLong(parts.group(3));
            case "pos" -> Long.parseLong(parts.group(4));
            default -> null;
        };
    }


    private PyJson() {
    }

    // ---- loads

    static Object loads(String text) {
        Reader reader = new Reader(text);
        int start = reader.skipSpace(0);
        Object value = reader.value(start);
        int end = reader.skipSpace(reader.pos);
        if (end != text.length()) {
            throw reader.error("Extra data", end);
        }
        return value;
    }

    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        int skipSpace(int at) {
            while (at < s.length() && " \t\n\r".indexOf(s.charAt(at)) >= 0) {
                at++;
            }
            return at;
        }

        GuestException error(String message, int at) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at && i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String full = message + ": line " + line + " column " + (at - lineStart + 1) + " (char " + at + ")";
            return new GuestException(new ErrorValue(PyErrors.JSON_DECODE_ERROR, full, null, new Object[] {full}));
        }

        Object value(int at) {
            if (at >= s.length()) {
                throw error("Expecting value", at);
            }
            char c = s.charAt(at);
            switch (c) {
                case '"' -> {
                    return string(at + 1);
                }
                case '{' -> {
                    return object(at + 1);
                }
                case '[' -> {
                    return array(at + 1);
                }
                default -> {
                }
            }
            if (s.startsWith("null", at)) {
                pos = at + 4;
                return null;
            }
            if (s.startsWith("true", at)) {
                pos = at + 4;
                return true;
            }
            if (s.startsWith("false", at)) {
                pos = at + 5;
                return false;
            }
            if (s.startsWith("NaN", at)) {
                pos = at + 3;
                return Double.NaN;
            }
            if (s.startsWith("Infinity", at)) {
                pos = at + 8;
                return Double.POSITIVE_INFINITY;
            }
            if (s.startsWith("-Infinity", at)) {
                pos = at + 9;
                return Double.NEGATIVE_INFINITY;
            }
            return number(at);
        }

        private Object number(int at) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(-?(?:0|[1-9]\\d*))(\\.\\d+)?([eE][-+]?\\d+)?")
                    .matcher(s).region(at, s.length());
            if (!m.lookingAt()) {
                throw error("Expecting value", at);
            }
            pos = m.end();
            if (m.group(2) == null && m.group(3) == null) {
                return PyInts.normalize(new BigInteger(m.group(1)));
            }
            return Double.parseDouble(m.group());
        }

        private String string(int at) {
            StringBuilder out = new StringBuilder();
            int begin = at - 1;
            int i = at;
            while (true) {
                if (i >= s.length()) {
                    throw error("Unterminated string starting at", begin);
                }
                char c = s.charAt(i);
                if (c == '"') {
                    pos = i + 1;
                    return out.toString();
                }
                if (c < 0x20) {
                    throw error("Invalid control character at", i);
                }
                if (c != '\\') {
                    out.append(c);
                    i++;
                    continue;
                }
                if (i + 1 >= s.length()) {
                    throw error("Unterminated string starting at", begin);
                }
                char e = s.charAt(i + 1);
                switch (e) {
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case '/' -> out.append('/');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (i + 6 > s.length() || !s.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
                            throw error("Invalid \\uXXXX escape", i + 1);
                        }
                        out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                        i += 4;
                    }
                    default -> throw error("Invalid \\escape", i);
                }
                i += 2;
            }
        }

        private Object object(int at) {
            Map<Object, Object> out = new LinkedHashMap<>();
            int i = skipSpace(at);
            if (i < s.length() && s.charAt(i) == '}') {
                pos = i + 1;
                return out;
            }
            while (true) {
                if (i >= s.length() || s.charAt(i) != '"') {
                    throw error("Expecting property name enclosed in double quotes", i);
                }
                String key = string(i + 1);
                i = skipSpace(pos);
                if (i >= s.length() || s.charAt(i) != ':') {
                    throw error("Expecting ':' delimiter", i);
                }
                i = skipSpace(i + 1);
                out.put(key, value(i));
                i = skipSpace(pos);
                if (i < s.length() && s.charAt(i) == '}') {
                    pos = i + 1;
                    return out;
                }
                if (i >= s.length() || s.charAt(i) != ',') {
                    throw error("Expecting ',' delimiter", i);
                }
                i = skipSpace(i + 1);
            }
        }

        private Object array(int at) {
            List<Object> out = new ArrayList<>();
            int i = skipSpace(at);
            if (i < s.length() && s.charAt(i) == ']') {
                pos = i + 1;
                return out;
            }
            while (true) {
                out.add(value(i));
                i = skipSpace(pos);
                if (i < s.length() && s.charAt(i) == ']') {
                    pos = i + 1;
                    return out;
                }
                if (i >= s.length() || s.charAt(i) != ',') {
                    throw error("Expecting ',' delimiter", i);
                }
                i = skipSpace(i + 1);
            }
        }
    }

    // ---- dumps

    record Options(String indent, String itemSeparator, String keySeparator, boolean sortKeys, boolean ensureAscii) {
    }

    static String dumps(Object value, Options options) {
        StringBuilder out = new StringBuilder();
        write(out, value, options, 0);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, Options o, int depth) {
        if (depth > 500) {
            throw PyErrors.RECURSION_ERROR.raise("maximum recursion depth exceeded while encoding a JSON object");
        }
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (PyInts.isInt(value)) {
            out.append(PyInts.canonical(value));
        } else if (value instanceof Double d) {
            out.append(d.isNaN() ? "NaN" : d.isInfinite() ? (d > 0 ? "Infinity" : "-Infinity") : PyFloats.repr(d));
        } else if (value instanceof String s) {
            string(out, s, o.ensureAscii());
        } else if (value instanceof List<?> || value instanceof Tuple || value instanceof PyNamedTuple) {
            List<Object> items = PySequences.toList(value);
            if (items.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    out.append(o.indent() == null ? o.itemSeparator() : o.itemSeparator().stripTrailing());
                }
                newline(out, o, depth + 1);
                write(out, items.get(i), o, depth + 1);
            }
            newline(out, o, depth);
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            Map<String, Object> entries = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                entries.put(key(entry.getKey()), entry.getValue());
            }
            if (o.sortKeys()) {
                entries = new TreeMap<>(entries);
            }
            out.append('{');
            Iterator<Map.Entry<String, Object>> it = entries.entrySet().iterator();
            boolean first = true;
            while (it.hasNext()) {
                Map.Entry<String, Object> entry = it.next();
                if (!first) {
                    out.append(o.indent() == null ? o.itemSeparator() : o.itemSeparator().stripTrailing());
                }
                first = false;
                newline(out, o, depth + 1);
                string(out, entry.getKey(), o.ensureAscii());
                out.append(o.keySeparator());
                write(out, entry.getValue(), o, depth + 1);
            }
            newline(out, o, depth);
            out.append('}');
        } else {
            throw PyErrors.typeError("Object of type " + PyRepr.typeName(value) + " is not JSON serializable");
        }
    }

    private static void newline(StringBuilder out, Options o, int depth) {
        if (o.indent() != null) {
            out.append('\n').append(o.indent().repeat(depth));
        }
    }

    private static String key(Object key) {
        if (key instanceof String s) {
            return s;
        }
        if (key == null) {
            return "null";
        }
        if (key instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (PyInts.isInt(key)) {
            return PyInts.canonical(key).toString();
        }
        if (key instanceof Double d) {
            return d.isNaN() ? "NaN" : d.isInfinite() ? (d > 0 ? "Infinity" : "-Infinity") : PyFloats.repr(d);
        }
        throw PyErrors.typeError("keys must be str, int, float, bool or None, not " + PyRepr.typeName(key));
    }

    private static void string(StringBuilder out, String s, boolean ensureAscii) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (ensureAscii && c >= 0x7f)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
