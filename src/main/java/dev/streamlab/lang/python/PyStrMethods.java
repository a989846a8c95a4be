package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.Budget;
import dev.streamlab.lang.runtime.HostRegistry;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;

/**
 * The methods of {@code str}, with CPython's semantics: indices count code points, {@code split()} without a
 * separator splits on runs of Unicode whitespace, case mappings are the full Unicode ones.
 */
public final class PyStrMethods {

    private PyStrMethods() {
    }

    private static void method(HostRegistry registry, String name, BiFunction<String, PyCall, Object> body) {
        registry.method(String.class, name, HostRegistry.ANY_ARITY,
                new PyMethod(name, (receiver, call) -> body.apply((String) receiver, call)));
    }

    static void install(HostRegistry registry) {
        method(registry, "split", (s, c) -> {
            c.expect(0, 2, "sep", "maxsplit");
            return split(s, c.arg(0, "sep", null), c.intArg(c.arg(1, "maxsplit", -1L), "maxsplit"));
        });
        method(registry, "rsplit", (s, c) -> {
            c.expect(0, 2, "sep", "maxsplit");
            return rsplit(s, c.arg(0, "sep", null), c.intArg(c.arg(1, "maxsplit", -1L), "maxsplit"));
        });
        method(registry, "splitlines", (s, c) -> splitlines(s, PyOps.isTruthy(c.expect(0, 1, "keepends")
                .arg(0, "keepends", false))));
        method(registry, "strip", (s, c) -> strip(s, c.expect(0, 1).arg(0, "chars", null), true, true));
        method(registry, "lstrip", (s, c) -> strip(s, c.expect(0, 1).arg(0, "chars", null), true, false));
        method(registry, "rstrip", (s, c) -> strip(s, c.expect(0, 1).arg(0, "chars", null), false, true));
        method(registry, "lower", (s, c) -> s.toLowerCase(Locale.ROOT));
        method(registry, "upper", (s, c) -> s.toUpperCase(Locale.ROOT));
        method(registry, "casefold", (s, c) -> s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
        method(registry, "swapcase", (s, c) -> swapcase(s));
        method(registry, "title", (s, c) -> title(s));
        method(registry, "capitalize", (s, c) -> capitalize(s));
        method(registry, "replace", (s, c) -> {
            c.expect(2, 3, "count");
            return replace(s, c.strArg(c.arg(0, "old"), "replace() argument 1"),
                    c.strArg(c.arg(1, "new"), "replace() argument 2"), c.intArg(c.arg(2, "count", -1L), "count"));
        });
        method(registry, "startswith", (s, c) -> affix(s, c, true));
        method(registry, "endswith", (s, c) -> affix(s, c, false));
        method(registry, "find", (s, c) -> (long) find(s, c, false));
        method(registry, "rfind", (s, c) -> (long) find(s, c, true));
        method(registry, "index", (s, c) -> index(s, c, false));
        method(registry, "rindex", (s, c) -> index(s, c, true));
        method(registry, "count", (s, c) -> count(s, c));
        method(registry, "join", (s, c) -> join(s, c.expect(1, 1).arg(0, "iterable")));
        method(registry, "format", (s, c) -> PyFormat.strFormat(s, c.positional(), c.keywords()));
        method(registry, "format_map", (s, c) -> {
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> mapping = (java.util.Map<String, Object>) c.expect(1, 1).arg(0, "mapping");
            return PyFormat.strFormat(s, List.of(), mapping);
        });
        method(registry, "zfill", (s, c) -> zfill(s, c.intArg(c.expect(1, 1).arg(0, "width"), "width")));
        method(registry, "center", (s, c) -> justify(s, c, 'c'));
        method(registry, "ljust", (s, c) -> justify(s, c, 'l'));
        method(registry, "rjust", (s, c) -> justify(s, c, 'r'));
        method(registry, "partition", (s, c) -> partition(s, c.strArg(c.expect(1, 1).arg(0, "sep"), "sep"), false));
        method(registry, "rpartition", (s, c) -> partition(s, c.strArg(c.expect(1, 1).arg(0, "sep"), "sep"), true));
        method(registry, "removeprefix", (s, c) -> {
            String prefix = c.strArg(c.expect(1, 1).arg(0, "prefix"), "removeprefix() argument");
            return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
        });
        method(registry, "removesuffix", (s, c) -> {
            String suffix = c.strArg(c.expect(1, 1).arg(0, "suffix"), "removesuffix() argument");
            return s.endsWith(suffix) && !suffix.isEmpty() ? s.substring(0, s.length() - suffix.length()) : s;
        });
        method(registry, "isdigit", (s, c) -> all(s, PyStrMethods::isDigit));
        method(registry, "isdecimal", (s, c) -> all(s, cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER));
        method(registry, "isnumeric", (s, c) -> all(s, PyStrMethods::isNumeric));
        method(registry, "isalpha", (s, c) -> all(s, Character::isLetter));
        method(registry, "isalnum", (s, c) -> all(s, cp -> Character.isLetter(cp) || isNumeric(cp)));
        method(registry, "isspace", (s, c) -> all(s, PyStrMethods::isSpace));
        method(registry, "isprintable", (s, c) -> s.codePoints().allMatch(PyRepr::isPrintable));
        method(registry, "isidentifier", (s, c) -> !s.isEmpty() && (Character.isLetter(s.codePointAt(0))
                || s.charAt(0) == '_') && s.codePoints().allMatch(cp -> cp == '_' || Character.isLetterOrDigit(cp)));
        method(registry, "isupper", (s, c) -> cased(s, true));
        method(registry, "islower", (s, c) -> cased(s, false));
        method(registry, "istitle", (s, c) -> !s.isEmpty() && title(s).equals(s) && s.codePoints()
                .anyMatch(PyStrMethods::isCased));
        method(registry, "expandtabs", (s, c) -> expandTabs(s, c.intArg(c.expect(0, 1, "tabsize")
                .arg(0, "tabsize", 8L), "tabsize")));
        method(registry, "translate", (s, c) -> translate(s, c.expect(1, 1).arg(0, "table")));
        method(registry, "encode", (s, c) -> {
            c.expect(0, 2, "encoding", "errors");
            return PyCodecs.encode(s, c.strArg(c.arg(0, "encoding", "utf-8"), "encode() argument 'encoding'"),
                    c.strArg(c.arg(1, "errors", "strict"), "encode() argument 'errors'"));
        });
    }

    /** {@code str.maketrans(x[, y[, z]])}: a dict from code points to code points, strings or None. */
    static final PyNative MAKETRANS = new PyNative("maketrans", c -> {
        c.expect(1, 3);
        java.util.Map<Object, Object> table = new java.util.LinkedHashMap<>();
        if (c.count() == 1) {
            if (!(c.arg(0, "x") instanceof java.util.Map<?, ?> mapping)) {
                throw PyErrors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (java.util.Map.Entry<?, ?> entry : mapping.entrySet()) {
                Object key = entry.getKey();
                if (key instanceof String text && text.codePointCount(0, text.length()) == 1) {
                    table.put((long) text.codePointAt(0), entry.getValue());
                } else if (PyInts.isInt(key)) {
                    table.put(PyInts.canonical(key), entry.getValue());
                } else {
                    throw PyErrors.valueError("string keys in translate table must be of length 1");
                }
            }
            return table;
        }
        String from = c.strArg(c.arg(0, "x"), "maketrans() argument 1");
        String to = c.strArg(c.arg(1, "y"), "maketrans() argument 2");
        int[] source = from.codePoints().toArray();
        int[] target = to.codePoints().toArray();
        if (source.length != target.length) {
            throw PyErrors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < source.length; i++) {
            table.put((long) source[i], (long) target[i]);
        }
        if (c.count() > 2) {
            c.strArg(c.arg(2, "z"), "maketrans() argument 3").codePoints().forEach(cp -> table.put((long) cp, null));
        }
        return table;
    });

    private static String translate(String s, Object tableArg) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            Object replacement;
            if (tableArg instanceof java.util.Map<?, ?> table) {
                Object key = PyDicts.findKey(table, (long) cp);
                if (key == PyDicts.MISSING) {
                    out.appendCodePoint(cp);
                    return;
                }
                replacement = table.get(key);
            } else {
                try {
                    replacement = PySequences.getItem(tableArg, (long) cp);
                } catch (dev.streamlab.lang.runtime.GuestException lookupError) {
                    out.appendCodePoint(cp);
                    return;
                }
            }
            if (replacement instanceof String text) {
                out.append(text);
            } else if (PyInts.isInt(replacement)) {
                out.appendCodePoint((int) (long) (Long) PyInts.canonical(replacement));
            } else if (replacement != null) {
                throw PyErrors.typeError("character mapping must return integer, None or str");
            }
        });
        return out.toString();
    }

    /** {@code str.isspace} for one code point (Java's isWhitespace misses NEL and the no-break spaces). */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || cp == 0x85 || cp == 0xa0 || cp == 0x2007 || cp == 0x202f;
    }

    /** {@code str.isdigit}: decimal digits, and other digits such as superscripts and circled numbers. */
    private static boolean isDigit(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.OTHER_NUMBER && Character.getNumericValue(cp) >= 0
                && Character.getNumericValue(cp) <= 9;
    }

    /** Han characters CPython counts as numeric (Java has no Unihan numeric values). */
    private static final String HAN_NUMERALS = "〇一二三四五六七八九十百千万萬億亿兆零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅";

    /** {@code str.isnumeric}: any Unicode number (digits, letter numbers, fractions) and the Han numerals. */
    private static boolean isNumeric(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || HAN_NUMERALS.indexOf(cp) >= 0;
    }

    private static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    private static boolean all(String s, IntPredicate test) {
        return !s.isEmpty() && s.codePoints().allMatch(test);
    }

    private static boolean cased(String s, boolean upper) {
        boolean anyCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (upper ? Character.isLowerCase(cp) || Character.isTitleCase(cp) : Character.isUpperCase(cp)
                    || Character.isTitleCase(cp)) {
                return false;
            }
            anyCased |= isCased(cp);
        }
        return anyCased;
    }

    static List<Object> split(String s, Object sepArg, long maxsplit) {
        List<Object> out = new ArrayList<>();
        long limit = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        if (sepArg == null) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && isSpace(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                }
                if (i >= n) {
                    break;
                }
                if (out.size() >= limit) {
                    out.add(s.substring(i));
                    break;
                }
                int start = i;
                while (i < n && !isSpace(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                }
                out.add(s.substring(start, i));
                checkSize(out);
            }
            return out;
        }
        String sep = separator(sepArg);
        int start = 0;
        while (out.size() < limit) {
            int at = s.indexOf(sep, start);
            if (at < 0) {
                break;
            }
            out.add(s.substring(start, at));
            checkSize(out);
            start = at + sep.length();
        }
        out.add(s.substring(start));
        return out;
    }

    private static void checkSize(List<Object> out) {
        if ((out.size() & 0xFFFF) == 0) {
            Budget.checkSize(out.size());
        }
    }

    private static String separator(Object sepArg) {
        if (!(sepArg instanceof String sep)) {
            throw PyErrors.typeError("must be str or None, not " + PyRepr.typeName(sepArg));
        }
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        return sep;
    }

    static List<Object> rsplit(String s, Object sepArg, long maxsplit) {
        if (maxsplit < 0) {
            return split(s, sepArg, maxsplit);
        }
        List<Object> out = new ArrayList<>();
        if (sepArg == null) {
            int i = s.length();
            while (true) {
                while (i > 0 && isSpace(s.codePointBefore(i))) {
                    i -= Character.charCount(s.codePointBefore(i));
                }
                if (i <= 0) {
                    break;
                }
                if (out.size() >= maxsplit) {
                    out.add(s.substring(0, i));
                    break;
                }
                int end = i;
                while (i > 0 && !isSpace(s.codePointBefore(i))) {
                    i -= Character.charCount(s.codePointBefore(i));
                }
                out.add(s.substring(i, end));
            }
        } else {
            String sep = separator(sepArg);
            int end = s.length();
            while (out.size() < maxsplit) {
                int at = s.lastIndexOf(sep, end - sep.length());
                if (at < 0) {
                    break;
                }
                out.add(s.substring(at + sep.length(), end));
                end = at;
            }
            out.add(s.substring(0, end));
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private static List<Object> splitlines(String s, boolean keepEnds) {
        List<Object> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            int width = ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
            if ("\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(ch) >= 0) {
                out.add(s.substring(start, keepEnds ? i + width : i));
                i += width;
                start = i;
            } else {
                i++;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }

    private static String strip(String s, Object charsArg, boolean left, boolean right) {
        IntPredicate strippable;
        if (charsArg == null) {
            strippable = PyStrMethods::isSpace;
        } else if (charsArg instanceof String chars) {
            strippable = cp -> chars.indexOf(cp) >= 0;
        } else {
            throw PyErrors.typeError("strip arg must be None or str");
        }
        int start = 0;
        int end = s.length();
        if (left) {
            while (start < end && strippable.test(s.codePointAt(start))) {
                start += Character.charCount(s.codePointAt(start));
            }
        }
        if (right) {
            while (end > start && strippable.test(s.codePointBefore(end))) {
                end -= Character.charCount(s.codePointBefore(end));
            }
        }
        return s.substring(start, end);
    }

    private static String swapcase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String one = new String(Character.toChars(cp));
            out.append(Character.isUpperCase(cp) ? one.toLowerCase(Locale.ROOT)
                    : Character.isLowerCase(cp) ? one.toUpperCase(Locale.ROOT) : one);
        });
        return out.toString();
    }

    static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            String one = new String(Character.toChars(cp));
            if (isCased(cp)) {
                out.append(previousCased ? one.toLowerCase(Locale.ROOT) : titleCase(cp));
                previousCased = true;
            } else {
                out.append(one);
                previousCased = Character.isLetter(cp) && isCased(cp);
            }
        }
        return out.toString();
    }

    /** Full title-case mapping: {@code ß} → {@code Ss}, {@code ﬁ} → {@code Fi} (Java's toTitleCase is one char). */
    private static String titleCase(int cp) {
        int title = Character.toTitleCase(cp);
        if (title != cp || Character.isTitleCase(cp)) {
            return new String(Character.toChars(title));
        }
        String upper = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
        int first = Character.charCount(upper.codePointAt(0));
        return upper.substring(0, first) + upper.substring(first).toLowerCase(Locale.ROOT);
    }

    private static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return titleCase(first) + s.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }

    private static String replace(String s, String old, String replacement, long count) {
        if (count < 0) {
            String out = s.replace(old, replacement);
            Budget.checkSize(out.length());
            return out;
        }
        StringBuilder out = new StringBuilder();
        int start = 0;
        long done = 0;
        if (old.isEmpty()) {
            int i = 0;
            while (done < count && i <= s.length()) {
                out.append(replacement);
                done++;
                if (i < s.length()) {
                    int cp = s.codePointAt(i);
                    out.appendCodePoint(cp);
                    i += Character.charCount(cp);
                } else {
                    i++;
                }
            }
            if (i <= s.length()) {
                out.append(s, Math.min(i, s.length()), s.length());
            }
            return out.toString();
        }
        while (done < count) {
            int at = s.indexOf(old, start);
            if (at < 0) {
                break;
            }
            out.append(s, start, at).append(replacement);
            start = at + old.length();
            done++;
        }
        return out.append(s.substring(start)).toString();
    }

    /** The code point window {@code [start:end]} of find/count/startswith, adjusted as CPython does. */
    private record Window(long start, long end, int length) {

        boolean startsBeyondEnd() {
            return start > length;
        }

        long size() {
            return Math.min(end, length) - start;
        }

        String of(String s) {
            if (size() <= 0) {
                return "";
            }
            return s.substring(s.offsetByCodePoints(0, (int) start), s.offsetByCodePoints(0, (int) Math.min(end,
                    length)));
        }
    }

    private static Window window(String s, PyCall c, int startIndex) {
        int length = lengthOf(s);
        return new Window(adjust(c, c.arg(startIndex, "start", null), length, 0),
                adjust(c, c.arg(startIndex + 1, "end", null), length, length), length);
    }

    private static long adjust(PyCall c, Object value, int length, long fallback) {
        if (value == null) {
            return fallback;
        }
        long x = c.intArg(value, "index");
        if (x < 0) {
            x = Math.max(0, x + length);
        }
        return x;
    }

    private static int lengthOf(String s) {
        return s.codePointCount(0, s.length());
    }

    private static boolean affix(String s, PyCall c, boolean prefix) {
        c.expect(1, 3);
        Object arg = c.arg(0, "prefix");
        Window w = window(s, c, 1);
        String part = w.of(s);
        List<Object> options = arg instanceof Tuple t ? List.of(t.toArray()) : List.of(arg);
        for (Object option : options) {
            if (!(option instanceof String text)) {
                String name = prefix ? "startswith" : "endswith";
                throw PyErrors.typeError(arg instanceof Tuple ? "tuple for " + name + " must only contain str, not "
                        + PyRepr.typeName(option) : name + " first arg must be str or a tuple of str, not "
                        + PyRepr.typeName(option));
            }
            if (w.startsBeyondEnd() || w.size() < lengthOf(text)) {
                continue;
            }
            if (prefix ? part.startsWith(text) : part.endsWith(text)) {
                return true;
            }
        }
        return false;
    }

    private static String subArg(PyCall c) {
        Object sub = c.arg(0, "sub");
        if (!(sub instanceof String text)) {
            throw PyErrors.typeError("must be str, not " + PyRepr.typeName(sub));
        }
        return text;
    }

    private static int find(String s, PyCall c, boolean fromRight) {
        c.expect(1, 3);
        String sub = subArg(c);
        Window w = window(s, c, 1);
        if (w.startsBeyondEnd() || w.size() < lengthOf(sub)) {
            return -1;
        }
        String part = w.of(s);
        int at = fromRight ? part.lastIndexOf(sub) : part.indexOf(sub);
        return at < 0 ? -1 : (int) w.start() + part.codePointCount(0, at);
    }

    private static Object index(String s, PyCall c, boolean fromRight) {
        int at = find(s, c, fromRight);
        if (at < 0) {
            throw PyErrors.valueError("substring not found");
        }
        return (long) at;
    }

    private static Object count(String s, PyCall c) {
        c.expect(1, 3);
        String sub = subArg(c);
        Window w = window(s, c, 1);
        if (w.startsBeyondEnd() || w.size() < 0) {
            return 0L;
        }
        String part = w.of(s);
        if (sub.isEmpty()) {
            return (long) part.codePointCount(0, part.length()) + 1;
        }
        long n = 0;
        for (int at = part.indexOf(sub); at >= 0; at = part.indexOf(sub, at + sub.length())) {
            n++;
        }
        return n;
    }

    private static String join(String separator, Object iterable) {
        StringBuilder out = new StringBuilder();
        int index = 0;
        for (Iterator<?> it = PySequences.iterate(iterable); it.hasNext(); index++) {
            Object item = it.next();
            if (!(item instanceof String text)) {
                throw PyErrors.typeError("sequence item " + index + ": expected str instance, "
                        + PyRepr.typeName(item) + " found");
            }
            if (index > 0) {
                out.append(separator);
            }
            out.append(text);
            if (out.length() > Budget.MAX_SIZE) {
                Budget.checkSize(out.length());
            }
        }
        return out.toString();
    }

    private static String zfill(String s, long width) {
        int length = lengthOf(s);
        if (width <= length) {
            return s;
        }
        Budget.checkSize(width);
        String zeros = "0".repeat((int) (width - length));
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    private static String justify(String s, PyCall c, char how) {
        c.expect(1, 2);
        long width = c.intArg(c.arg(0, "width"), "width");
        Object fillArg = c.arg(1, "fillchar", " ");
        if (!(fillArg instanceof String fill) || fill.codePointCount(0, fill.length()) != 1) {
            throw PyErrors.typeError("The fill character must be exactly one character long");
        }
        int length = lengthOf(s);
        if (width <= length) {
            return s;
        }
        Budget.checkSize(width);
        int margin = (int) (width - length);
        return switch (how) {
            case 'l' -> s + fill.repeat(margin);
            case 'r' -> fill.repeat(margin) + s;
            default -> {
                int left = margin / 2 + (margin & (int) width & 1);
                yield fill.repeat(left) + s + fill.repeat(margin - left);
            }
        };
    }

    private static Tuple partition(String s, String sep, boolean fromRight) {
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        int at = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (at < 0) {
            return fromRight ? Tuple.of("", "", s) : Tuple.of(s, "", "");
        }
        return Tuple.of(s.substring(0, at), sep, s.substring(at + sep.length()));
    }

    private static String expandTabs(String s, long tabSize) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\t') {
                Budget.checkSize(out.length() + tabSize);
                int spaces = tabSize <= 0 ? 0 : (int) (tabSize - column % tabSize);
                out.append(" ".repeat(spaces));
                column += spaces;
            } else {
                out.append(ch);
                column = ch == '\n' || ch == '\r' ? 0 : column + 1;
            }
        }
        return out.toString();
    }
}
