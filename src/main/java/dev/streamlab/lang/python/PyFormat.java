package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Python's three ways to format: the format-spec mini-language ({@code format(x, ">8.2f")}, f-string fields),
 * {@code str.format} templates, and printf-style {@code %} formatting. Output and error messages follow CPython 3.11.
 */
public final class PyFormat {

    private PyFormat() {
    }

    /** A parsed {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}. */
    record Spec(char fill, char align, char sign, boolean alternate, boolean zeroPad, int width, char grouping,
            int precision, char type) {

        static Spec parse(String spec, String typeName) {
            int i = 0;
            int n = spec.length();
            char fill = ' ';
            char align = 0;
            if (n >= 2 && isAlign(spec.charAt(1))) {
                fill = spec.charAt(0);
                align = spec.charAt(1);
                i = 2;
            } else if (n >= 1 && isAlign(spec.charAt(0))) {
                align = spec.charAt(0);
                i = 1;
            }
            char sign = 0;
            if (i < n && (spec.charAt(i) == '+' || spec.charAt(i) == '-' || spec.charAt(i) == ' ')) {
                sign = spec.charAt(i++);
            }
            if (i < n && spec.charAt(i) == 'z') {
                i++;
            }
            boolean alternate = false;
            if (i < n && spec.charAt(i) == '#') {
                alternate = true;
                i++;
            }
            boolean zeroPad = false;
            if (i < n && spec.charAt(i) == '0') {
                if (align == 0) {
                    fill = '0';
                    zeroPad = true;
                }
                i++;
            }
            int width = -1;
            int start = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i > start) {
                width = Integer.parseInt(spec.substring(start, i));
            }
            char grouping = 0;
            if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
                grouping = spec.charAt(i++);
            }
            int precision = -1;
            if (i < n && spec.charAt(i) == '.') {
                i++;
                start = i;
                while (i < n && Character.isDigit(spec.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    throw PyErrors.valueError("Format specifier missing precision");
                }
                precision = Integer.parseInt(spec.substring(start, i));
            }
            char type = 0;
            if (i < n) {
                type = spec.charAt(i++);
            }
            if (i < n) {
                throw PyErrors.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName
                        + "'");
            }
            return new Spec(fill, align, sign, alternate, zeroPad, width, grouping, precision, type);
        }

        private static boolean isAlign(char c) {
            return c == '<' || c == '>' || c == '=' || c == '^';
        }
    }

    /** {@code format(value, spec)}. */
    public static String format(Object value, String spec) {
        if (value instanceof PyDateTime dt) {
            return spec.isEmpty() ? dt.pyStr() : dt.strftime(spec);
        }
        if (spec.isEmpty()) {
            return PyRepr.str(value);
        }
        Spec s = Spec.parse(spec, PyRepr.typeName(value));
        if (value instanceof String str) {
            return formatString(str, s);
        }
        if (PyInts.isInt(value)) {
            return formatInt(value, s);
        }
        if (value instanceof Double || value instanceof Float) {
            return formatFloat(((Number) value).doubleValue(), s);
        }
        throw PyErrors.typeError("unsupported format string passed to " + PyRepr.typeName(value) + ".__format__");
    }

    private static String formatString(String value, Spec s) {
        if (s.type() != 0 && s.type() != 's') {
            throw unknownCode(s.type(), "str");
        }
        if (s.sign() != 0) {
            throw PyErrors.valueError("Sign not allowed in string format specifier");
        }
        if (s.alternate()) {
            throw PyErrors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (s.align() == '=') {
            throw PyErrors.valueError("'=' alignment not allowed in string format specifier");
        }
        if (s.grouping() != 0) {
            throw PyErrors.valueError("Cannot specify '" + s.grouping() + "' with 's'.");
        }
        String text = value;
        if (s.precision() >= 0 && text.codePointCount(0, text.length()) > s.precision()) {
            text = text.substring(0, text.offsetByCodePoints(0, s.precision()));
        }
        return pad("", text, s, '<');
    }

    private static RuntimeException unknownCode(char type, String typeName) {
        return PyErrors.valueError("Unknown format code '" + type + "' for object of type '" + typeName + "'");
    }

    private static String formatInt(Object raw, Spec s) {
        Object value = PyInts.canonical(raw);
        char type = s.type();
        if ("eEfFgG%".indexOf(type) >= 0 && type != 0) {
            return formatFloat(PyInts.toDouble(value), s);
        }
        if (s.precision() >= 0) {
            throw PyErrors.valueError("Precision not allowed in integer format specifier");
        }
        BigInteger big = PyInts.big(value);
        BigInteger magnitude = big.abs();
        String digits;
        String prefix = "";
        switch (type) {
            case 0, 'd', 'n' -> digits = PyInts.decimal(magnitude);
            case 'b' -> {
                digits = magnitude.toString(2);
                prefix = s.alternate() ? "0b" : "";
            }
            case 'o' -> {
                digits = magnitude.toString(8);
                prefix = s.alternate() ? "0o" : "";
            }
            case 'x' -> {
                digits = magnitude.toString(16);
                prefix = s.alternate() ? "0x" : "";
            }
            case 'X' -> {
                digits = magnitude.toString(16).toUpperCase();
                prefix = s.alternate() ? "0X" : "";
            }
            case 'c' -> {
                if (big.signum() < 0 || big.compareTo(BigInteger.valueOf(0x110000)) >= 0) {
                    throw PyErrors.overflow("%c arg not in range(0x110000)");
                }
                return pad("", new String(Character.toChars(big.intValue())), s, '<');
            }
            default -> throw unknownCode(type, PyRepr.typeName(raw));
        }
        if (s.grouping() != 0) {
            digits = group(digits, s.grouping(), "bBoxX".indexOf(type) >= 0 && type != 0 ? 4 : 3);
        }
        return pad(signOf(big.signum() < 0, s) + prefix, digits, s, '>');
    }

    private static String formatFloat(double value, Spec s) {
        char type = s.type();
        int precision = s.precision() < 0 ? 6 : s.precision();
        double magnitude = Math.abs(value);
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        String body;
        switch (type) {
            case 'f', 'F' -> body = PyFloats.toFixed(magnitude, precision);
            case 'e', 'E' -> body = PyFloats.toExponent(magnitude, precision, type == 'E');
            case 'g', 'G', 'n' -> body = PyFloats.toGeneral(magnitude, s.precision() < 0 ? 6 : precision,
                    type == 'G', s.alternate(), false);
            case '%' -> body = PyFloats.toFixed(magnitude * 100, precision) + "%";
            case 0 -> body = s.precision() < 0 ? PyFloats.repr(magnitude)
                    : PyFloats.toGeneral(magnitude, precision, false, s.alternate(), true);
            default -> throw unknownCode(type, "float");
        }
        if (s.alternate() && precision == 0 && Double.isFinite(value) && "fF%eE".indexOf(type) >= 0 && type != 0) {
            body = alternatePoint(body);
        }
        if (type == 'F' || (type == 'G' && !Double.isFinite(value))) {
            body = body.toUpperCase();
        }
        if (s.grouping() != 0 && Double.isFinite(value)) {
            int end = 0;
            while (end < body.length() && Character.isDigit(body.charAt(end))) {
                end++;
            }
            body = group(body.substring(0, end), s.grouping(), 3) + body.substring(end);
        }
        return pad(signOf(negative && !Double.isNaN(value), s), body, s, '>');
    }

    /** '#' keeps the decimal point even with no digits after it: {@code 1.}, {@code 1.e+00}, {@code 50.%}. */
    private static String alternatePoint(String body) {
        int end = 0;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        return body.substring(0, end) + "." + body.substring(end);
    }

    private static String signOf(boolean negative, Spec s) {
        if (negative) {
            return "-";
        }
        return s.sign() == '+' ? "+" : s.sign() == ' ' ? " " : "";
    }

    private static String group(String digits, char separator, int every) {
        StringBuilder out = new StringBuilder();
        int first = digits.length() % every;
        if (first == 0) {
            first = every;
        }
        out.append(digits, 0, Math.min(first, digits.length()));
        for (int i = first; i < digits.length(); i += every) {
            out.append(separator).append(digits, i, i + every);
        }
        return out.toString();
    }

    private static String pad(String prefix, String body, Spec s, char defaultAlign) {
        int length = prefix.codePointCount(0, prefix.length()) + body.codePointCount(0, body.length());
        if (s.width() <= length) {
            return prefix + body;
        }
        dev.streamlab.lang.runtime.Budget.checkSize(s.width());
        int padding = s.width() - length;
        String fill = String.valueOf(s.fill());
        char align = s.align() != 0 ? s.align() : s.zeroPad() && defaultAlign == '>' ? '=' : defaultAlign;
        return switch (align) {
            case '<' -> prefix + body + fill.repeat(padding);
            case '^' -> fill.repeat(padding / 2) + prefix + body + fill.repeat(padding - padding / 2);
            case '=' -> prefix + fill.repeat(padding) + body;
            default -> fill.repeat(padding) + prefix + body;
        };
    }

    // ---- str.format

    /** {@code template.format(*args, **kwargs)}. */
    public static String strFormat(String template, List<Object> args, Map<String, Object> kwargs) {
        return new TemplateFormatter(template, args, kwargs).run();
    }

    private static final class TemplateFormatter {
        private final String template;
        private final List<Object> args;
        private final Map<String, Object> kwargs;
        private int autoIndex;
        private boolean manual;

        TemplateFormatter(String template, List<Object> args, Map<String, Object> kwargs) {
            this.template = template;
            this.args = args;
            this.kwargs = kwargs;
        }

        String run() {
            return render(template, 0);
        }

        private String render(String text, int depth) {
            if (depth > 2) {
                throw PyErrors.valueError("Max string recursion exceeded");
            }
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '{') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
                        out.append('{');
                        i += 2;
                        continue;
                    }
                    int end = matchingBrace(text, i);
                    out.append(field(text.substring(i + 1, end), depth));
                    i = end + 1;
                } else if (c == '}') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '}') {
                        out.append('}');
                        i += 2;
                        continue;
                    }
                    throw PyErrors.valueError("Single '}' encountered in format string");
                } else {
                    out.append(c);
                    i++;
                }
            }
            return out.toString();
        }

        private static int matchingBrace(String text, int open) {
            int depth = 0;
            for (int i = open; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                    if (depth == 0) {
                        return i;
                    }
                }
            }
            throw PyErrors.valueError(depth > 1 ? "expected '}' before end of string"
                    : "Single '{' encountered in format string");
        }

        private String field(String field, int depth) {
            int colon = -1;
            int bang = -1;
            int bracket = 0;
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c == '[') {
                    bracket++;
                } else if (c == ']') {
                    bracket--;
                } else if (bracket == 0 && c == '!' && bang < 0 && colon < 0) {
                    bang = i;
                } else if (bracket == 0 && c == ':') {
                    colon = i;
                    break;
                }
            }
            int nameEnd = bang >= 0 ? bang : colon >= 0 ? colon : field.length();
            Object value = lookup(field.substring(0, nameEnd));
            if (bang >= 0) {
                int convEnd = colon >= 0 ? colon : field.length();
                String conversion = field.substring(bang + 1, convEnd);
                if (conversion.length() != 1) {
                    throw PyErrors.valueError("expected ':' after conversion specifier");
                }
                value = convert(value, conversion.charAt(0));
            }
            String spec = colon >= 0 ? render(field.substring(colon + 1), depth + 1) : "";
            return format(value, spec);
        }

        private Object lookup(String name) {
            int end = 0;
            while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') {
                end++;
            }
            String head = name.substring(0, end);
            Object value;
            if (head.isEmpty()) {
                if (manual) {
                    throw PyErrors.valueError("cannot switch from manual field specification to automatic field "
                            + "numbering");
                }
                value = positional(autoIndex++);
            } else if (head.chars().allMatch(Character::isDigit)) {
                if (autoIndex > 0) {
                    throw PyErrors.valueError("cannot switch from automatic field numbering to manual field "
                            + "specification");
                }
                manual = true;
                value = positional(Integer.parseInt(head));
            } else {
                if (!kwargs.containsKey(head)) {
                    throw PyErrors.keyError(head);
                }
                value = kwargs.get(head);
            }
            int i = end;
            while (i < name.length()) {
                if (name.charAt(i) == '[') {
                    int close = name.indexOf(']', i);
                    if (close < 0) {
                        throw PyErrors.valueError("Missing ']' in format string");
                    }
                    String key = name.substring(i + 1, close);
                    Object index = key.chars().allMatch(Character::isDigit) && !key.isEmpty()
                            ? (Object) Long.parseLong(key) : key;
                    value = PySequences.getItem(value, index);
                    i = close + 1;
                } else {
                    int end2 = i + 1;
                    while (end2 < name.length() && name.charAt(end2) != '.' && name.charAt(end2) != '[') {
                        end2++;
                    }
                    String attribute = name.substring(i + 1, end2);
                    Object found = PyAttributes.get(value, attribute);
                    if (found == null) {
                        throw PyErrors.attributeError(value, attribute);
                    }
                    value = found;
                    i = end2;
                }
            }
            return value;
        }

        private Object positional(int index) {
            if (index >= args.size()) {
                throw PyErrors.indexError("Replacement index " + index + " out of range for positional args tuple");
            }
            return args.get(index);
        }
    }

    /** The {@code !r}, {@code !s}, {@code !a} conversions. */
    public static Object convert(Object value, char conversion) {
        return switch (conversion) {
            case 'r' -> PyRepr.repr(value);
            case 's' -> PyRepr.str(value);
            case 'a' -> ascii(PyRepr.repr(value));
            default -> throw PyErrors.valueError("Unknown conversion specifier " + conversion);
        };
    }

    /** {@code ascii()}: repr with every non-ASCII character escaped. */
    public static String ascii(String repr) {
        StringBuilder out = new StringBuilder();
        repr.codePoints().forEach(cp -> {
            if (cp < 128) {
                out.append((char) cp);
            } else if (cp < 0x100) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        });
        return out.toString();
    }

    // ---- printf-style

    /** {@code template % values}. */
    public static String percent(String template, Object values) {
        Object[] args;
        Map<?, ?> mapping = null;
        if (PyNamedTuple.asTuple(values) instanceof Tuple t) {
            args = t.toArray();
        } else {
            args = new Object[] {values};
            if (values instanceof Map<?, ?> m) {
                mapping = m;
            }
        }
        StringBuilder out = new StringBuilder();
        int next = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= template.length()) {
                throw PyErrors.valueError("incomplete format");
            }
            Object key = null;
            if (template.charAt(i) == '(') {
                int close = template.indexOf(')', i);
                if (close < 0) {
                    throw PyErrors.valueError("incomplete format key");
                }
                if (mapping == null) {
                    throw PyErrors.typeError("format requires a mapping");
                }
                key = template.substring(i + 1, close);
                i = close + 1;
            }
            StringBuilder flags = new StringBuilder();
            while (i < template.length() && "-+ #0".indexOf(template.charAt(i)) >= 0) {
                flags.append(template.charAt(i++));
            }
            int width = -1;
            if (i < template.length() && template.charAt(i) == '*') {
                width = (int) (long) (Long) PyInts.canonical(args[next++]);
                i++;
            } else {
                int start = i;
                while (i < template.length() && Character.isDigit(template.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    width = Integer.parseInt(template.substring(start, i));
                }
            }
            int precision = -1;
            if (i < template.length() && template.charAt(i) == '.') {
                i++;
                int start = i;
                while (i < template.length() && Character.isDigit(template.charAt(i))) {
                    i++;
                }
                precision = i > start ? Integer.parseInt(template.substring(start, i)) : 0;
            }
            if (i >= template.length()) {
                throw PyErrors.valueError("incomplete format");
            }
            char type = template.charAt(i++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            Object value;
            if (key != null) {
                if (!mapping.containsKey(key)) {
                    throw PyErrors.keyError(key);
                }
                value = mapping.get(key);
            } else {
                if (next >= args.length) {
                    throw PyErrors.typeError("not enough arguments for format string");
                }
                value = args[next++];
            }
            out.append(percentOne(value, flags.toString(), width, precision, type));
        }
        if (mapping == null && next < args.length) {
            throw PyErrors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static String percentOne(Object value, String flags, int width, int precision, char type) {
        StringBuilder spec = new StringBuilder();
        if (flags.contains("-")) {
            spec.append('<');
        } else if (flags.contains("0") && type != 's' && type != 'r' && type != 'a' && type != 'c') {
            spec.append("0=");
        } else {
            spec.append('>');
        }
        if (flags.contains("+")) {
            spec.append('+');
        } else if (flags.contains(" ")) {
            spec.append(' ');
        }
        if (flags.contains("#")) {
            spec.append('#');
        }
        if (width >= 0) {
            spec.append(width);
        }
        switch (type) {
            case 's', 'r', 'a' -> {
                String text = type == 's' ? PyRepr.str(value) : type == 'r' ? PyRepr.repr(value)
                        : ascii(PyRepr.repr(value));
                String textSpec = (flags.contains("-") ? "<" : ">") + (width >= 0 ? width : "")
                        + (precision >= 0 ? "." + precision : "");
                return format(text, textSpec);
            }
            case 'd', 'i', 'u' -> {
                Object number = numberFor(value, type);
                Object whole = number instanceof Double d ? PyFloats.truncateToInt(d) : number;
                return format(whole, spec.append('d').toString());
            }
            case 'x', 'X', 'o' -> {
                if (!PyInts.isInt(value)) {
                    throw PyErrors.typeError("%" + type + " format: an integer is required, not "
                            + PyRepr.typeName(value));
                }
                return format(value, spec.append(type).toString());
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                Object number = numberFor(value, type);
                double d = number instanceof Double x ? x : PyInts.toDouble(number);
                spec.append('.').append(precision < 0 ? 6 : precision).append(type);
                return format(d, spec.toString());
            }
            case 'c' -> {
                if (value instanceof String s && s.codePointCount(0, s.length()) == 1) {
                    return format(s, spec.toString());
                }
                if (PyInts.isInt(value)) {
                    return format(value, spec.append('c').toString());
                }
                throw PyErrors.typeError("%c requires int or char");
            }
            default -> throw PyErrors.valueError(String.format("unsupported format character '%c' (0x%x)", type,
                    (int) type));
        }
    }

    private static Object numberFor(Object value, char type) {
        if (PyInts.isInt(value)) {
            return PyInts.canonical(value);
        }
        if (value instanceof Double || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        throw PyErrors.typeError("%" + type + " format: a real number is required, not " + PyRepr.typeName(value));
    }
}
