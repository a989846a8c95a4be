package dev.streamlab.lang.python.parse;

/** Decodes the backslash escapes of a non-raw Python string literal, with CPython's rules and messages. */
final class StringEscapes {

    private StringEscapes() {
    }

    static String decode(String body, int line, int column) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                i++;
                continue;
            }
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\r' -> {
                    if (i < body.length() && body.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case 'x' -> i = hex(body, i, 2, 'x', out, line, column);
                case 'u' -> i = hex(body, i, 4, 'u', out, line, column);
                case 'U' -> i = hex(body, i, 8, 'U', out, line, column);
                case 'N' -> i = named(body, i, out, line, column);
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = i - 1;
                        while (end < body.length() && end < i + 2 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                            end++;
                        }
                        out.appendCodePoint(Integer.parseInt(body.substring(i - 1, end), 8));
                        i = end;
                    } else {
                        out.append('\\').append(e);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A bytes literal's body: ASCII characters only, the escapes of a str literal except the Unicode ones (a
     * backslash before u, U or N stays as written).
     */
    static byte[] decodeBytes(String body, boolean raw, int line, int column) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length());
        for (int k = 0; k < body.length(); k++) {
            if (body.charAt(k) > 0x7f) {
                throw PySyntaxError.syntax("bytes can only contain ASCII literal characters", line, column);
            }
        }
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (raw || c != '\\' || i + 1 >= body.length()) {
                out.write(c);
                i++;
                continue;
            }
            char e = body.charAt(i + 1);
            if (e == 'x') {
                if (i + 4 > body.length() || Character.digit(body.charAt(i + 2), 16) < 0
                        || Character.digit(body.charAt(i + 3), 16) < 0) {
                    throw PySyntaxError.syntax("(value error) invalid \\x escape at position " + i, line, column);
                }
                out.write(Integer.parseInt(body.substring(i + 2, i + 4), 16));
                i += 4;
            } else if (e == 'u' || e == 'U' || e == 'N') {
                out.write('\\');
                i++;
            } else {
                int end = i + 2;
                if (e >= '0' && e <= '7') {
                    while (end < body.length() && end < i + 4 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                        end++;
                    }
                }
                String one = decode(body.substring(i, end), line, column);
                for (int k = 0; k < one.length(); k++) {
                    out.write(one.charAt(k) & 0xff);
                }
                i = end;
            }
        }
        return out.toByteArray();
    }

    private static int hex(String body, int at, int digits, char kind, StringBuilder out, int line, int column) {
        int end = at;
        while (end < body.length() && end < at + digits && Character.digit(body.charAt(end), 16) >= 0) {
            end++;
        }
        if (end - at < digits) {
            String shape = kind == 'x' ? "\\xXX" : kind == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
            throw PySyntaxError.syntax("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                    + (at - 2) + "-" + (end - 1) + ": truncated " + shape + " escape", line, column);
        }
        long codePoint = Long.parseLong(body.substring(at, end), 16);
        if (codePoint > Character.MAX_CODE_POINT) {
            throw PySyntaxError.syntax("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                    + (at - 2) + "-" + (end - 1) + ": illegal Unicode character", line, column);
        }
        out.appendCodePoint((int) codePoint);
        return end;
    }

    private static int named(String body, int at, StringBuilder out, int line, int column) {
        int close = body.indexOf('}', at);
        if (at >= body.length() || body.charAt(at) != '{' || close < 0) {
            throw PySyntaxError.syntax("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                    + (at - 2) + "-" + (at - 1) + ": malformed \\N character escape", line, column);
        }
        try {
            out.appendCodePoint(Character.codePointOf(body.substring(at + 1, close)));
        } catch (IllegalArgumentException unknown) {
            throw PySyntaxError.syntax("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                    + (at - 2) + "-" + close + ": unknown Unicode character name", line, column);
        }
        return close + 1;
    }
}
