package dev.streamlab.lang.python.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an f-string's body into text and replacement fields by CPython 3.11's rules: {@code {{}}} escape braces,
 * a field's expression ends at a top-level {@code !}, {@code :}, {@code =} or {@code }}, and may contain neither a
 * backslash nor a comment; the format spec may nest fields.
 */
final class FStringScanner {

    private final String body;
    private final boolean raw;
    private final int line;
    private final int column;
    private int pos;

    FStringScanner(String body, boolean raw, int line, int column) {
        this.body = body;
        this.raw = raw;
        this.line = line;
        this.column = column;
    }

    List<FStringPart> scan() {
        List<FStringPart> parts = parts(false);
        if (pos < body.length()) {
            throw error("f-string: single '}' is not allowed", pos);
        }
        return parts;
    }

    private List<FStringPart> parts(boolean inSpec) {
        List<FStringPart> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int textStart = pos;
        while (pos < body.length()) {
            char c = body.charAt(pos);
            if (c == '{') {
                if (!inSpec && at(pos + 1) == '{') {
                    text.append('{');
                    pos += 2;
                    continue;
                }
                flush(parts, text, textStart);
                pos++;
                parts.add(field());
                textStart = pos;
            } else if (c == '}') {
                if (inSpec) {
                    break;
                }
                if (at(pos + 1) == '}') {
                    text.append('}');
                    pos += 2;
                    continue;
                }
                throw error("f-string: single '}' is not allowed", pos);
            } else if (c == '\\' && !raw && at(pos + 1) == 'N' && at(pos + 2) == '{') {
                int close = body.indexOf('}', pos);
                int end = close < 0 ? body.length() : close + 1;
                text.append(body, pos, end);
                pos = end;
            } else if (c == '\\' && pos + 1 < body.length()) {
                text.append(c).append(body.charAt(pos + 1));
                pos += 2;
            } else {
                text.append(c);
                pos++;
            }
        }
        flush(parts, text, textStart);
        return parts;
    }

    private void flush(List<FStringPart> parts, StringBuilder text, int textStart) {
        if (text.length() == 0) {
            return;
        }
        String decoded = raw ? text.toString() : StringEscapes.decode(text.toString(), lineOf(textStart),
                columnOf(textStart));
        parts.add(new FStringPart.Text(decoded));
        text.setLength(0);
    }

    private FStringPart field() {
        int start = pos;
        int depth = 0;
        boolean debug = false;
        while (true) {
            if (pos >= body.length()) {
                throw error("f-string: expecting '}'", start);
            }
            char c = body.charAt(pos);
            if (c == '\\') {
                throw error("f-string expression part cannot include a backslash", pos);
            }
            if (c == '#') {
                throw error("f-string expression part cannot include '#'", pos);
            }
            if (c == '\'' || c == '"') {
                skipQuoted(c);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && c == '!' && at(pos + 1) != '=') {
                break;
            } else if (depth == 0 && c == ':') {
                break;
            } else if (depth == 0 && c == '=' && at(pos + 1) != '=' && "=!<>".indexOf(at(pos - 1)) < 0) {
                debug = true;
                break;
            }
            pos++;
        }
        String source = body.substring(start, pos);
        if (source.isBlank()) {
            throw error("f-string: empty expression not allowed", start);
        }
        String debugText = null;
        if (debug) {
            pos++;
            while (pos < body.length() && Character.isWhitespace(body.charAt(pos))) {
                pos++;
            }
            debugText = body.substring(start, pos);
        }
        char conversion = 0;
        if (at(pos) == '!') {
            conversion = at(pos + 1);
            if (conversion != 'r' && conversion != 's' && conversion != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'", pos + 1);
            }
            pos += 2;
        }
        List<FStringPart> spec = List.of();
        if (at(pos) == ':') {
            pos++;
            spec = parts(true);
        }
        if (at(pos) != '}') {
            throw error("f-string: expecting '}'", pos);
        }
        pos++;
        if (debug && conversion == 0 && spec.isEmpty()) {
            conversion = 'r';
        }
        return new FStringPart.Field(source, lineOf(start), columnOf(start), conversion, spec, debugText);
    }

    private void skipQuoted(char quote) {
        boolean triple = at(pos + 1) == quote && at(pos + 2) == quote;
        int start = pos;
        pos += triple ? 3 : 1;
        while (pos < body.length()) {
            char c = body.charAt(pos);
            if (c == '\\') {
                throw error("f-string expression part cannot include a backslash", pos);
            }
            if (c == quote && (!triple || (at(pos + 1) == quote && at(pos + 2) == quote))) {
                pos += triple ? 3 : 1;
                return;
            }
            pos++;
        }
        throw error("f-string: unterminated string", start);
    }

    private char at(int index) {
        return index >= 0 && index < body.length() ? body.charAt(index) : '\0';
    }

    private int lineOf(int index) {
        int l = line;
        for (int i = 0; i < index; i++) {
            if (body.charAt(i) == '\n') {
                l++;
            }
        }
        return l;
    }

    private int columnOf(int index) {
        int lastNewline = body.lastIndexOf('\n', index - 1);
        return lastNewline < 0 ? column + index : index - lastNewline;
    }

    private PySyntaxError error(String message, int index) {
        return PySyntaxError.syntax(message, lineOf(index), columnOf(index));
    }
}
