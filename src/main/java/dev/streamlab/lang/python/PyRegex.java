package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.LangFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A compiled {@code re} pattern. Python's syntax is translated to Java's where they differ ({@code (?P<name>)},
 * {@code (?P=name)}, {@code \Z}); {@code \w \d \s \b} are Unicode-aware as in Python 3; {@code $} and {@code .}
 * treat only {@code \n} as a line end. split, sub and findall follow Python (groups in split results, no dropped
 * trailing empty strings, {@code \1}/{@code \g<name>} in replacements).
 */
public final class PyRegex implements PyPrintable, PyTyped {

    public static final long IGNORECASE = 2;
    public static final long MULTILINE = 8;
    public static final long DOTALL = 16;
    public static final long VERBOSE = 64;
    public static final long ASCII = 256;

    /** {@code re.error}. */
    public static final dev.streamlab.lang.runtime.ErrorType ERROR =
            new dev.streamlab.lang.runtime.ErrorType("re.error", PyErrors.EXCEPTION);

    private final String source;
    private final long flags;
    private final Pattern pattern;
    private final java.util.Map<String, Integer> groupNames;

    private PyRegex(String source, long flags, Pattern pattern) {
        this.source = source;
        this.flags = flags;
        this.pattern = pattern;
        this.groupNames = groupNames(pattern.pattern());
    }

    /** Group numbers of named groups (Java 17's Pattern does not expose them): count capturing parentheses. */
    private static java.util.Map<String, Integer> groupNames(String javaPattern) {
        java.util.Map<String, Integer> names = new java.util.HashMap<>();
        int group = 0;
        boolean inClass = false;
        for (int i = 0; i < javaPattern.length(); i++) {
            char c = javaPattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '(' && !inClass) {
                if (i + 1 < javaPattern.length() && javaPattern.charAt(i + 1) == '?') {
                    if (javaPattern.startsWith("(?<", i) && i + 3 < javaPattern.length()
                            && Character.isLetter(javaPattern.charAt(i + 3))) {
                        group++;
                        names.put(javaPattern.substring(i + 3, javaPattern.indexOf('>', i)), group);
                    }
                } else {
                    group++;
                }
            }
        }
        return names;
    }

    public static PyRegex compile(Object patternArg, long flags) {
        if (patternArg instanceof PyRegex compiled) {
            return compiled;
        }
        if (!(patternArg instanceof String source)) {
            throw PyErrors.typeError("first argument must be string or compiled pattern");
        }
        int javaFlags = Pattern.UNIX_LINES;
        if ((flags & ASCII) == 0) {
            javaFlags |= Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE;
        }
        if ((flags & IGNORECASE) != 0) {
            javaFlags |= Pattern.CASE_INSENSITIVE;
        }
        if ((flags & MULTILINE) != 0) {
            javaFlags |= Pattern.MULTILINE;
        }
        if ((flags & DOTALL) != 0) {
            javaFlags |= Pattern.DOTALL;
        }
        if ((flags & VERBOSE) != 0) {
            javaFlags |= Pattern.COMMENTS;
        }
        try {
            return new PyRegex(source, flags, Pattern.compile(translate(source), javaFlags));
        } catch (PatternSyntaxException bad) {
            throw new dev.streamlab.lang.runtime.GuestException(new dev.streamlab.lang.runtime.ErrorValue(
                    ERROR, bad.getDescription() + " at position " + Math.max(bad.getIndex(), 0), null,
                    new Object[] {bad.getDescription() + " at position " + Math.max(bad.getIndex(), 0)}));
        }
    }

    /**
     * Python regex syntax to Java's: named groups, {@code \Z}, {@code {,n}}, and character classes, where Python
     * takes {@code [}, {@code &} and a leading {@code ]} literally but Java reads nested classes and intersections.
     */
    static String translate(String python) {
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        int classStart = -1;
        for (int i = 0; i < python.length(); i++) {
            char c = python.charAt(i);
            if (c == '\\' && i + 1 < python.length()) {
                char next = python.charAt(i + 1);
                out.append(next == 'Z' && !inClass ? "\\z" : "\\" + next);
                i++;
            } else if (inClass) {
                if (c == ']' && i > classStart) {
                    inClass = false;
                    out.append(c);
                } else if (c == '[' || c == '&' || c == ']') {
                    out.append('\\').append(c);
                } else {
                    out.append(c);
                }
            } else if (c == '[') {
                inClass = true;
                out.append(c);
                if (i + 1 < python.length() && python.charAt(i + 1) == '^') {
                    out.append('^');
                    i++;
                }
                classStart = i + 1;
            } else if (python.startsWith("(?P<", i)) {
                out.append("(?<");
                i += 3;
            } else if (python.startsWith("(?P=", i)) {
                int close = python.indexOf(')', i);
                out.append("\\k<").append(python, i + 4, close).append('>');
                i = close;
            } else if (python.startsWith("(?#", i)) {
                int close = python.indexOf(')', i);
                i = close < 0 ? python.length() : close;
            } else if (c == '{' && i + 1 < python.length() && python.charAt(i + 1) == ',') {
                out.append("{0");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    public Matcher matcher(String text) {
        return pattern.matcher(text);
    }

    public int groupCount() {
        return pattern.matcher("").groupCount();
    }

    public PyMatch search(String text) {
        return search(text, 0, Long.MAX_VALUE);
    }

    public PyMatch match(String text) {
        return match(text, 0, Long.MAX_VALUE);
    }

    public PyMatch fullmatch(String text) {
        return fullmatch(text, 0, Long.MAX_VALUE);
    }

    /**
     * A matcher over {@code text[pos:endpos]} (code point indexes, clamped as CPython clamps them) in which {@code ^}
     * still means the real start of the text and lookarounds see past the bounds, as a compiled pattern's
     * {@code search(string, pos, endpos)} reads it.
     */
    private Matcher matcher(String text, long pos, long endpos) {
        int points = text.codePointCount(0, text.length());
        int from = (int) Math.max(0, Math.min(pos < 0 ? pos + points : pos, points));
        int to = (int) Math.max(from, Math.min(endpos < 0 ? endpos + points : endpos, points));
        Matcher m = matcher(text);
        m.region(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
        m.useAnchoringBounds(false);
        m.useTransparentBounds(true);
        return m;
    }

    public PyMatch search(String text, long pos, long endpos) {
        Matcher m = matcher(text, pos, endpos);
        return m.find() ? new PyMatch(this, text, m) : null;
    }

    public PyMatch match(String text, long pos, long endpos) {
        Matcher m = matcher(text, pos, endpos);
        return m.lookingAt() ? new PyMatch(this, text, m) : null;
    }

    public PyMatch fullmatch(String text, long pos, long endpos) {
        Matcher m = matcher(text, pos, endpos);
        return m.matches() ? new PyMatch(this, text, m) : null;
    }

    public List<Object> findall(String text) {
        List<Object> out = new ArrayList<>();
        Matcher m = matcher(text);
        int groups = m.groupCount();
        while (m.find()) {
            if (groups == 0) {
                out.add(m.group());
            } else if (groups == 1) {
                out.add(m.group(1) == null ? "" : m.group(1));
            } else {
                Object[] items = new Object[groups];
                for (int g = 1; g <= groups; g++) {
                    items[g - 1] = m.group(g) == null ? "" : m.group(g);
                }
                out.add(Tuple.of(items));
            }
        }
        return out;
    }

    public List<Object> finditer(String text) {
        List<Object> out = new ArrayList<>();
        Matcher m = matcher(text);
        while (m.find()) {
            out.add(new PyMatch(this, text, m));
        }
        return out;
    }

    public List<Object> split(String text, long maxsplit) {
        List<Object> out = new ArrayList<>();
        Matcher m = matcher(text);
        int last = 0;
        long splits = 0;
        while ((maxsplit <= 0 || splits < maxsplit) && m.find()) {
            if (m.end() == 0 && m.start() == 0 && text.isEmpty()) {
                break;
            }
            out.add(text.substring(last, m.start()));
            for (int g = 1; g <= m.groupCount(); g++) {
                out.add(m.group(g));
            }
            last = m.end();
            splits++;
        }
        out.add(text.substring(last));
        return out;
    }

    /** {@code sub}/{@code subn}: replacement text with {@code \1}, {@code \g<1>}, {@code \g<name>}, or a function. */
    public Tuple sub(Object replacement, String text, long count) {
        StringBuilder out = new StringBuilder();
        Matcher m = matcher(text);
        int last = 0;
        long done = 0;
        while ((count <= 0 || done < count) && m.find()) {
            out.append(text, last, m.start());
            if (replacement instanceof LangFunction f) {
                Object piece = f.call1(new PyMatch(this, text, m));
                if (!(piece instanceof String s)) {
                    throw PyErrors.typeError("expected str instance, " + PyRepr.typeName(piece) + " found");
                }
                out.append(s);
            } else if (replacement instanceof String template) {
                expand(out, template, m);
            } else {
                throw PyErrors.typeError("expected str or callable as the replacement");
            }
            last = m.end();
            done++;
        }
        out.append(text.substring(last));
        return Tuple.pair(out.toString(), done);
    }

    private static void expand(StringBuilder out, String template, Matcher m) {
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '\\' || i + 1 >= template.length()) {
                out.append(c);
                continue;
            }
            char next = template.charAt(++i);
            if (Character.isDigit(next)) {
                int end = i + 1;
                if (end < template.length() && Character.isDigit(template.charAt(end))) {
                    end++;
                }
                appendGroup(out, m, template.substring(i, end));
                i = end - 1;
            } else if (next == 'g' && i + 1 < template.length() && template.charAt(i + 1) == '<') {
                int close = template.indexOf('>', i);
                if (close < 0) {
                    throw regexError("missing >, unterminated name");
                }
                appendGroup(out, m, template.substring(i + 2, close));
                i = close;
            } else {
                switch (next) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case '\\' -> out.append('\\');
                    default -> {
                        if (Character.isLetter(next)) {
                            throw regexError("bad escape \\" + next);
                        }
                        out.append('\\').append(next);
                    }
                }
            }
        }
    }

    private static RuntimeException regexError(String message) {
        return ERROR.raise(message);
    }

    private static void appendGroup(StringBuilder out, Matcher m, String group) {
        try {
            String value = group.chars().allMatch(Character::isDigit) ? m.group(Integer.parseInt(group))
                    : m.group(group);
            if (value != null) {
                out.append(value);
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException missing) {
            throw ERROR.raise("invalid group reference " + group);
        }
    }

    public String source() {
        return source;
    }

    @Override
    public String pyRepr() {
        StringBuilder out = new StringBuilder("re.compile(").append(PyRepr.repr(source));
        List<String> names = new ArrayList<>();
        if ((flags & IGNORECASE) != 0) {
            names.add("re.IGNORECASE");
        }
        if ((flags & MULTILINE) != 0) {
            names.add("re.MULTILINE");
        }
        if ((flags & DOTALL) != 0) {
            names.add("re.DOTALL");
        }
        if (!names.isEmpty()) {
            out.append(", ").append(String.join("|", names));
        }
        return out.append(')').toString();
    }

    @Override
    public String pyTypeName() {
        return "re.Pattern";
    }

    /** A match: {@code group()}, {@code groups()}, {@code start()}, {@code span()}. */
    public static final class PyMatch implements PyPrintable, PyTyped {
        private final String text;
        private final int[] bounds;
        private final String[] groups;
        private final PyRegex regex;

        PyMatch(PyRegex regex, String text, Matcher m) {
            this.regex = regex;
            this.text = text;
            this.groups = new String[m.groupCount() + 1];
            this.bounds = new int[(m.groupCount() + 1) * 2];
            for (int g = 0; g <= m.groupCount(); g++) {
                groups[g] = m.group(g);
                bounds[2 * g] = m.start(g);
                bounds[2 * g + 1] = m.end(g);
            }
        }

        public Object group(Object which) {
            int g = index(which);
            return groups[g];
        }

        int index(Object which) {
            if (PyInts.isInt(which)) {
                Integer g = PyInts.toIndex(PyInts.canonical(which));
                if (g == null || g < 0 || g >= groups.length) {
                    throw PyErrors.indexError("no such group");
                }
                return g;
            }
            if (which instanceof String name && regex.groupNames.containsKey(name)) {
                return regex.groupNames.get(name);
            }
            throw PyErrors.indexError("no such group");
        }

        public Tuple groups() {
            Object[] out = new Object[groups.length - 1];
            System.arraycopy(groups, 1, out, 0, out.length);
            return Tuple.of(out);
        }

        public long start(Object which) {
            int g = index(which);
            return bounds[2 * g];
        }

        public long end(Object which) {
            int g = index(which);
            return bounds[2 * g + 1];
        }

        @Override
        public String pyRepr() {
            return "<re.Match object; span=(" + bounds[0] + ", " + bounds[1] + "), match=" + PyRepr.repr(groups[0])
                    + ">";
        }

        @Override
        public String pyTypeName() {
            return "re.Match";
        }
    }
}
