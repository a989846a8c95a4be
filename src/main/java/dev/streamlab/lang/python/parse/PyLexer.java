package dev.streamlab.lang.python.parse;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Turns Python source into tokens the way CPython 3.11's tokenizer does: logical lines end in NEWLINE, indentation
 * becomes INDENT/DEDENT, newlines inside brackets and after a backslash join lines, comments and blank lines vanish.
 * String literals arrive decoded; f-strings arrive split into text and fields. Errors carry CPython's messages.
 */
public final class PyLexer {

    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "==", "!=", "<=", ">=", "<<", ">>", "+=", "-=",
        "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(",
        ")", "[", "]", "{", "}", ",", ":", ".", ";", "="
    };

    private static final int MAX_NESTED_BRACKETS = 200;
    private static final int MAX_INDENT_LEVELS = 100;

    private record OpenBracket(char symbol, int line, int column) {
    }

    private final String src;
    private final boolean expressionMode;
    private final int firstColumnOffset;
    private final List<PyToken> tokens = new ArrayList<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private final Deque<OpenBracket> brackets = new ArrayDeque<>();
    private int pos;
    private int line;
    private int lineStart;
    private boolean atLineStart = true;
    private int lastNewlineColumn;

    private PyLexer(String src, int line, int column, boolean expressionMode) {
        this.src = src;
        this.line = line;
        this.firstColumnOffset = column - 1;
        this.expressionMode = expressionMode;
        indents.push(0);
    }

    /** Tokens of a whole module, ending in NEWLINE (if any code), the closing DEDENTs and EOF. */
    public static List<PyToken> tokenize(String source) {
        PyLexer lexer = new PyLexer(source, 1, 1, false);
        lexer.run();
        return lexer.tokens;
    }

    /** Tokens of generated module source, numbered as if it started at {@code line}. */
    public static List<PyToken> tokenizeAt(String source, int line) {
        PyLexer lexer = new PyLexer(source, line, 1, false);
        lexer.run();
        return lexer.tokens;
    }

    /**
     * Tokens of an f-string field's expression that starts at {@code line}:{@code column}; read as if inside
     * brackets (newlines ignored), ending in EOF.
     */
    public static List<PyToken> tokenizeExpression(String source, int line, int column) {
        PyLexer lexer = new PyLexer(source, line, column, true);
        lexer.run();
        return lexer.tokens;
    }

    private int column() {
        return pos - lineStart + 1 + (lineStart == 0 ? firstColumnOffset : 0);
    }

    private int columnOf(int index, int startOfLine) {
        return index - startOfLine + 1 + (startOfLine == 0 ? firstColumnOffset : 0);
    }

    private char peek(int ahead) {
        int at = pos + ahead;
        return at < src.length() ? src.charAt(at) : '\0';
    }

    private boolean atEnd() {
        return pos >= src.length();
    }

    private void run() {
        while (true) {
            if (atLineStart && brackets.isEmpty() && !expressionMode) {
                readIndentation();
                if (atEnd()) {
                    break;
                }
            }
            skipSpaces();
            if (atEnd()) {
                break;
            }
            char c = peek(0);
            if (c == '#') {
                skipComment();
            } else if (c == '\\') {
                continueLine();
            } else if (c == '\n' || c == '\r') {
                consumeNewline();
                if (brackets.isEmpty() && !expressionMode) {
                    add(PyTokenType.NEWLINE, "", null, line - 1, lastNewlineColumn);
                    atLineStart = true;
                }
            } else if (isIdentifierStart(c)) {
                readNameOrPrefixedString();
            } else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
                readNumber();
            } else if (c == '"' || c == '\'') {
                readString("", line, column());
            } else {
                readOperator();
            }
        }
        finish();
    }

    /**
     * An unclosed bracket is reported by the parser when it reaches the end (CPython tokenizes lazily, so a syntax
     * error earlier in the file wins): the EOF token carries the error as its value.
     */
    private void finish() {
        if (!brackets.isEmpty() && !expressionMode) {
            OpenBracket open = brackets.peek();
            PySyntaxError unclosed = PySyntaxError.syntax("'" + open.symbol() + "' was never closed", open.line(),
                    open.column());
            add(PyTokenType.EOF, "", unclosed, line, column());
            return;
        }
        if (!expressionMode) {
            if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).type() != PyTokenType.NEWLINE) {
                add(PyTokenType.NEWLINE, "", null, line, column());
            }
            while (indents.peek() > 0) {
                indents.pop();
                add(PyTokenType.DEDENT, "", null, line, column());
            }
        }
        add(PyTokenType.EOF, "", null, line, column());
    }

    private void add(PyTokenType type, String text, Object value, int atLine, int atColumn) {
        tokens.add(new PyToken(type, text, value, atLine, atColumn));
    }

    private void readIndentation() {
        while (true) {
            int width = 0;
            while (!atEnd()) {
                char c = peek(0);
                if (c == ' ') {
                    width++;
                } else if (c == '\t') {
                    width = (width / 8 + 1) * 8;
                } else if (c == '\f') {
                    width = 0;
                } else {
                    break;
                }
                pos++;
            }
            if (atEnd()) {
                return;
            }
            char c = peek(0);
            if (c == '#') {
                skipComment();
                if (atEnd()) {
                    return;
                }
            }
            c = peek(0);
            if (c == '\n' || c == '\r') {
                consumeNewline();
                continue;
            }
            applyIndentation(width);
            atLineStart = false;
            return;
        }
    }

    private void applyIndentation(int width) {
        if (width > indents.peek()) {
            if (indents.size() > MAX_INDENT_LEVELS) {
                throw PySyntaxError.indentation("too many levels of indentation", line, column());
            }
            indents.push(width);
            add(PyTokenType.INDENT, "", null, line, column());
            return;
        }
        while (width < indents.peek()) {
            indents.pop();
            add(PyTokenType.DEDENT, "", null, line, column());
        }
        if (width != indents.peek()) {
            int end = src.indexOf('\n', pos);
            int lineEnd = end < 0 ? src.length() : end;
            throw PySyntaxError.indentation("unindent does not match any outer indentation level", line,
                    columnOf(lineEnd, lineStart));
        }
    }

    private void skipSpaces() {
        while (!atEnd() && (peek(0) == ' ' || peek(0) == '\t' || peek(0) == '\f')) {
            pos++;
        }
    }

    private void skipComment() {
        while (!atEnd() && peek(0) != '\n' && peek(0) != '\r') {
            pos++;
        }
    }

    private void consumeNewline() {
        lastNewlineColumn = column();
        if (peek(0) == '\r' && peek(1) == '\n') {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
    }

    private void continueLine() {
        int atLine = line;
        int atColumn = column();
        pos++;
        if (peek(0) == '\n' || peek(0) == '\r') {
            consumeNewline();
            if (atEnd()) {
                throw PySyntaxError.syntax("unexpected EOF while parsing", atLine, atColumn);
            }
            return;
        }
        throw PySyntaxError.syntax("unexpected character after line continuation character", atLine, atColumn);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return c == '_' || Character.isLetter(c) || (c > 127 && Character.isUnicodeIdentifierStart(c))
                || Character.isHighSurrogate(c);
    }

    private static boolean isIdentifierPart(char c) {
        return c == '_' || Character.isLetterOrDigit(c) || (c > 127 && Character.isUnicodeIdentifierPart(c))
                || Character.isSurrogate(c);
    }

    private void readNameOrPrefixedString() {
        int startLine = line;
        int startColumn = column();
        int start = pos;
        while (!atEnd() && isIdentifierPart(peek(0))) {
            pos++;
        }
        String name = src.substring(start, pos);
        if ((peek(0) == '"' || peek(0) == '\'') && isStringPrefix(name)) {
            readString(name.toLowerCase(), startLine, startColumn);
            return;
        }
        PyTokenType type = KEYWORDS.contains(name) ? PyTokenType.KEYWORD : PyTokenType.NAME;
        add(type, name, null, startLine, startColumn);
    }

    private static boolean isStringPrefix(String name) {
        return switch (name.toLowerCase()) {
            case "r", "u", "f", "b", "rf", "fr", "br", "rb" -> true;
            default -> false;
        };
    }

    private void readNumber() {
        int startColumn = column();
        int start = pos;
        char c0 = peek(0);
        char c1 = Character.toLowerCase(peek(1));
        if (c0 == '0' && (c1 == 'x' || c1 == 'o' || c1 == 'b')) {
            pos += 2;
            int radix = c1 == 'x' ? 16 : c1 == 'o' ? 8 : 2;
            String digits = readDigits(radix, true);
            String kind = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
            if (digits.isEmpty() || isIdentifierPart(peek(0))) {
                throw PySyntaxError.syntax("invalid " + kind + " literal", line, startColumn);
            }
            add(PyTokenType.NUMBER, src.substring(start, pos), canonical(new BigInteger(digits, radix)), line,
                    startColumn);
            return;
        }
        String integerPart = readDigits(10, false);
        boolean isFloat = false;
        StringBuilder text = new StringBuilder(integerPart);
        if (peek(0) == '.') {
            isFloat = true;
            pos++;
            text.append('.').append(readDigits(10, false));
        }
        char e = peek(0);
        if ((e == 'e' || e == 'E')
                && (isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && isDigit(peek(2))))) {
            isFloat = true;
            pos++;
            text.append('e');
            if (peek(0) == '+' || peek(0) == '-') {
                text.append(peek(0));
                pos++;
            }
            text.append(readDigits(10, false));
        }
        if (peek(0) == 'j' || peek(0) == 'J') {
            throw PySyntaxError.syntax("complex numbers (the 'j' suffix) are not supported in the lab", line,
                    startColumn);
        }
        if (isIdentifierPart(peek(0)) && !followedByKeyword()) {
            throw PySyntaxError.syntax("invalid decimal literal", line, startColumn);
        }
        String literal = src.substring(start, pos);
        if (isFloat) {
            add(PyTokenType.NUMBER, literal, Double.parseDouble(text.toString()), line, startColumn);
            return;
        }
        if (integerPart.length() > 1 && integerPart.charAt(0) == '0' && !integerPart.chars().allMatch(ch -> ch == '0')) {
            throw PySyntaxError.syntax("leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers", line, startColumn);
        }
        add(PyTokenType.NUMBER, literal, canonical(new BigInteger(integerPart)), line, startColumn);
    }

    private boolean followedByKeyword() {
        int end = pos;
        while (end < src.length() && isIdentifierPart(src.charAt(end))) {
            end++;
        }
        return KEYWORDS.contains(src.substring(pos, end));
    }

    /** Digits of {@code radix} with single underscores between them (after a prefix, one may lead). */
    private String readDigits(int radix, boolean leadingUnderscoreAllowed) {
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = false;
        boolean first = true;
        while (!atEnd()) {
            char c = peek(0);
            if (c == '_') {
                if (lastUnderscore || (first && !leadingUnderscoreAllowed) || Character.digit(peek(1), radix) < 0) {
                    throw PySyntaxError.syntax("invalid decimal literal", line, column());
                }
                lastUnderscore = true;
            } else if (Character.digit(c, radix) >= 0 && c < 128) {
                digits.append(c);
                lastUnderscore = false;
            } else {
                break;
            }
            first = false;
            pos++;
        }
        return digits.toString();
    }

    static Object canonical(BigInteger value) {
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    private void readOperator() {
        int startColumn = column();
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                trackBrackets(op.charAt(0), op.length() == 1, startColumn);
                add(PyTokenType.OP, op, null, line, startColumn);
                return;
            }
        }
        int codePoint = src.codePointAt(pos);
        if (codePoint == '!' || codePoint == '$' || codePoint == '?' || codePoint == '`' || codePoint < 128) {
            throw PySyntaxError.syntax("invalid syntax", line, startColumn);
        }
        throw PySyntaxError.syntax(String.format("invalid character '%s' (U+%04X)",
                new String(Character.toChars(codePoint)), codePoint), line, startColumn);
    }

    private void trackBrackets(char c, boolean single, int atColumn) {
        if (!single) {
            return;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (brackets.size() >= MAX_NESTED_BRACKETS) {
                throw PySyntaxError.syntax("too many nested parentheses", line, atColumn);
            }
            brackets.push(new OpenBracket(c, line, atColumn));
        } else if (c == ')' || c == ']' || c == '}') {
            if (brackets.isEmpty()) {
                if (expressionMode) {
                    throw PySyntaxError.syntax("f-string: unmatched '" + c + "'", line, atColumn);
                }
                throw PySyntaxError.syntax("unmatched '" + c + "'", line, atColumn);
            }
            OpenBracket open = brackets.pop();
            char expected = open.symbol() == '(' ? ')' : open.symbol() == '[' ? ']' : '}';
            if (c != expected) {
                String message = "closing parenthesis '" + c + "' does not match opening parenthesis '"
                        + open.symbol() + "'" + (open.line() != line ? " on line " + open.line() : "");
                throw PySyntaxError.syntax(message, line, atColumn);
            }
        }
    }

    private void readString(String prefix, int startLine, int startColumn) {
        boolean raw = prefix.contains("r");
        boolean formatted = prefix.contains("f");
        char quote = peek(0);
        boolean triple = peek(1) == quote && peek(2) == quote;
        pos += triple ? 3 : 1;
        int bodyStart = pos;
        int bodyLine = line;
        int bodyLineStart = lineStart;
        while (true) {
            if (atEnd()) {
                throw unterminated(triple, startLine, startColumn);
            }
            char c = peek(0);
            if (c == '\\') {
                pos++;
                if (atEnd()) {
                    throw unterminated(triple, startLine, startColumn);
                }
                if (peek(0) == '\n' || peek(0) == '\r') {
                    consumeNewline();
                } else {
                    pos++;
                }
            } else if (c == '\n' || c == '\r') {
                if (!triple) {
                    throw unterminated(false, startLine, startColumn);
                }
                consumeNewline();
            } else if (c == quote && (!triple || (peek(1) == quote && peek(2) == quote))) {
                break;
            } else {
                pos++;
            }
        }
        String body = src.substring(bodyStart, pos);
        pos += triple ? 3 : 1;
        String text = src.substring(bodyStart - (triple ? 3 : 1) - prefix.length(), pos);
        if (formatted) {
            int bodyColumn = columnOf(bodyStart, bodyLineStart);
            List<FStringPart> parts = new FStringScanner(body, raw, bodyLine, bodyColumn).scan();
            add(PyTokenType.FSTRING, text, parts, startLine, startColumn);
        } else if (prefix.contains("b") || prefix.contains("B")) {
            add(PyTokenType.BYTES, text, StringEscapes.decodeBytes(body, raw, startLine, startColumn), startLine,
                    startColumn);
        } else {
            add(PyTokenType.STRING, text, raw ? body : StringEscapes.decode(body, startLine, startColumn), startLine,
                    startColumn);
        }
    }

    private PySyntaxError unterminated(boolean triple, int startLine, int startColumn) {
        String what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
        int detected = atEnd() && pos > 0 && src.charAt(pos - 1) == '\n' ? line - 1 : line;
        return PySyntaxError.syntax(what + " (detected at line " + detected + ")", startLine, startColumn);
    }
}
