package dev.streamlab.lang.scala.parse;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns Scala source into tokens. Line breaks are not tokens: each token counts the line breaks before it, and the
 * parser, which knows whether it is inside parentheses or braces, applies Scala's semicolon inference.
 */
public final class ScalaLexer {

    private static final int MAX_SPLICE_NESTING = 32;
    private static final BigInteger INT_LIMIT = BigInteger.valueOf(Integer.MAX_VALUE).add(BigInteger.ONE);
    private static final BigInteger LONG_LIMIT = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);

    private static final Map<String, TokenKind> RESERVED = Map.ofEntries(
            Map.entry("abstract", TokenKind.ABSTRACT), Map.entry("case", TokenKind.CASE),
            Map.entry("catch", TokenKind.CATCH), Map.entry("class", TokenKind.CLASS), Map.entry("def", TokenKind.DEF),
            Map.entry("do", TokenKind.DO), Map.entry("else", TokenKind.ELSE), Map.entry("extends", TokenKind.EXTENDS),
            Map.entry("false", TokenKind.FALSE), Map.entry("final", TokenKind.FINAL),
            Map.entry("finally", TokenKind.FINALLY), Map.entry("for", TokenKind.FOR),
            Map.entry("forSome", TokenKind.FOR_SOME), Map.entry("if", TokenKind.IF),
            Map.entry("implicit", TokenKind.IMPLICIT), Map.entry("import", TokenKind.IMPORT),
            Map.entry("lazy", TokenKind.LAZY), Map.entry("match", TokenKind.MATCH), Map.entry("new", TokenKind.NEW),
            Map.entry("null", TokenKind.NULL), Map.entry("object", TokenKind.OBJECT),
            Map.entry("override", TokenKind.OVERRIDE), Map.entry("package", TokenKind.PACKAGE),
            Map.entry("private", TokenKind.PRIVATE), Map.entry("protected", TokenKind.PROTECTED),
            Map.entry("return", TokenKind.RETURN), Map.entry("sealed", TokenKind.SEALED),
            Map.entry("super", TokenKind.SUPER), Map.entry("this", TokenKind.THIS), Map.entry("throw", TokenKind.THROW),
            Map.entry("trait", TokenKind.TRAIT), Map.entry("try", TokenKind.TRY), Map.entry("true", TokenKind.TRUE),
            Map.entry("type", TokenKind.TYPE), Map.entry("val", TokenKind.VAL), Map.entry("var", TokenKind.VAR),
            Map.entry("while", TokenKind.WHILE), Map.entry("with", TokenKind.WITH), Map.entry("yield", TokenKind.YIELD),
            Map.entry("_", TokenKind.UNDERSCORE), Map.entry(":", TokenKind.COLON), Map.entry("=", TokenKind.EQUALS),
            Map.entry("=>", TokenKind.ARROW), Map.entry("\u21D2", TokenKind.ARROW),
            Map.entry("<-", TokenKind.LEFT_ARROW), Map.entry("\u2190", TokenKind.LEFT_ARROW),
            Map.entry("<:", TokenKind.SUBTYPE), Map.entry("<%", TokenKind.VIEW_BOUND),
            Map.entry(">:", TokenKind.SUPERTYPE), Map.entry("#", TokenKind.HASH), Map.entry("@", TokenKind.AT));

    private static final Map<Integer, String> LOOK_ALIKES = Map.of(
            (int) '\uFF08', "(", (int) '\uFF09', ")", (int) '\uFF0C', ",", (int) '\uFF1B', ";",
            (int) '\uFF1A', ":", (int) '\u201C', "\"", (int) '\u201D', "\"", (int) '\u2018', "'",
            (int) '\u2019', "'", (int) '\u3000', " ");

    private final SourceText source;
    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;
    private int spliceNesting;

    ScalaLexer(SourceText source) {
        this.source = source;
        this.text = source.text();
    }

    public static List<Token> tokenize(String text) {
        return new ScalaLexer(new SourceText(text)).tokenize();
    }

    List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = next();
            tokens.add(token);
        } while (!token.is(TokenKind.END_OF_INPUT));
        return tokens;
    }

    private Token next() {
        int newlines = skipWhitespaceAndComments();
        int startLine = line;
        int startColumn = column();
        if (pos >= text.length()) {
            return new Token(TokenKind.END_OF_INPUT, "", null, startLine, startColumn, newlines);
        }
        int c = text.codePointAt(pos);
        switch (c) {
            case '(':
                return punctuation(TokenKind.LEFT_PAREN, newlines);
            case ')':
                return punctuation(TokenKind.RIGHT_PAREN, newlines);
            case '[':
                return punctuation(TokenKind.LEFT_BRACKET, newlines);
            case ']':
                return punctuation(TokenKind.RIGHT_BRACKET, newlines);
            case '{':
                return punctuation(TokenKind.LEFT_BRACE, newlines);
            case '}':
                return punctuation(TokenKind.RIGHT_BRACE, newlines);
            case ',':
                return punctuation(TokenKind.COMMA, newlines);
            case ';':
                return punctuation(TokenKind.SEMICOLON, newlines);
            case '"':
                return string(newlines);
            case '\'':
                return character(newlines);
            case '`':
                return backquoted(newlines);
            default:
                break;
        }
        if (c == '.') {
            if (text.startsWith("...", pos)) {
                return elision(newlines);
            }
            if (pos + 1 < text.length() && isDigit(text.charAt(pos + 1))) {
                return number(newlines);
            }
            return punctuation(TokenKind.DOT, newlines);
        }
        if (isDigit(c)) {
            return number(newlines);
        }
        if (ScalaCharacters.isIdentifierStart(c)) {
            return identifier(newlines);
        }
        if (ScalaCharacters.isOperatorChar(c)) {
            return operator(newlines);
        }
        String lookAlike = LOOK_ALIKES.get(c);
        String glyph = Character.toString(c);
        throw lookAlike == null
                ? source.error(startLine, startColumn, "scala.syntax.unexpectedCharacter", glyph)
                : source.error(startLine, startColumn, "scala.syntax.unexpectedCharacter.lookAlike", glyph, lookAlike);
    }

    private int skipWhitespaceAndComments() {
        int newlines = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                newlines++;
                advance();
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\uFEFF') {
                advance();
            } else if (c == '/' && peekChar(1) == '/') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    advance();
                }
            } else if (c == '/' && peekChar(1) == '*') {
                newlines += blockComment();
            } else {
                break;
            }
        }
        return newlines;
    }

    private int blockComment() {
        int startLine = line;
        int startColumn = column();
        int newlines = 0;
        int depth = 0;
        do {
            if (pos >= text.length()) {
                throw source.error(startLine, startColumn, "scala.syntax.unclosedComment");
            }
            if (text.startsWith("/*", pos)) {
                depth++;
                advance();
                advance();
            } else if (text.startsWith("*/", pos)) {
                depth--;
                advance();
                advance();
            } else {
                if (text.charAt(pos) == '\n') {
                    newlines++;
                }
                advance();
            }
        } while (depth > 0);
        return newlines;
    }

    private Token punctuation(TokenKind kind, int newlines) {
        int startColumn = column();
        String lexeme = text.substring(pos, pos + 1);
        advance();
        return new Token(kind, lexeme, null, line, startColumn, newlines);
    }

    /**
     * Course material writes {@code ...} where the student's code goes; it reads as the name {@code ...}, which the
     * runtime reports as a gap to fill in rather than as a syntax error.
     */
    private Token elision(int newlines) {
        int startColumn = column();
        advanceBy(3);
        return new Token(TokenKind.IDENTIFIER, "...", null, line, startColumn, newlines);
    }

    private Token identifier(int newlines) {
        int start = pos;
        int startColumn = column();
        while (pos < text.length()) {
            int c = text.codePointAt(pos);
            if (!ScalaCharacters.isIdentifierPart(c)) {
                break;
            }
            boolean leading = pos == start;
            advance();
            if (c == '_' && !leading && pos < text.length() && ScalaCharacters.isOperatorChar(text.codePointAt(pos))) {
                skipOperatorChars();
                break;
            }
        }
        String name = text.substring(start, pos);
        TokenKind reserved = RESERVED.get(name);
        if (reserved == null && pos < text.length() && text.charAt(pos) == '"') {
            return interpolated(name, startColumn, newlines);
        }
        return new Token(reserved == null ? TokenKind.IDENTIFIER : reserved, name, null, line, startColumn, newlines);
    }

    private Token operator(int newlines) {
        int start = pos;
        int startColumn = column();
        skipOperatorChars();
        String name = text.substring(start, pos);
        TokenKind reserved = RESERVED.get(name);
        return new Token(reserved == null ? TokenKind.IDENTIFIER : reserved, name, null, line, startColumn, newlines);
    }

    private void skipOperatorChars() {
        while (pos < text.length() && ScalaCharacters.isOperatorChar(text.codePointAt(pos))
                && !text.startsWith("//", pos) && !text.startsWith("/*", pos)) {
            advance();
        }
    }

    private Token backquoted(int newlines) {
        int startColumn = column();
        advance();
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != '`' && text.charAt(pos) != '\n') {
            advance();
        }
        if (pos >= text.length() || text.charAt(pos) != '`' || pos == start) {
            throw source.error(line, startColumn, "scala.syntax.unclosedBackquote");
        }
        String name = text.substring(start, pos);
        advance();
        return new Token(TokenKind.IDENTIFIER, name, Boolean.TRUE, line, startColumn, newlines);
    }

    private Token number(int newlines) {
        int start = pos;
        int startColumn = column();
        if (text.charAt(pos) == '0' && (peekChar(1) == 'x' || peekChar(1) == 'X')) {
            return hexNumber(start, startColumn, newlines);
        }
        boolean decimal = false;
        skipDigits();
        if (pos < text.length() && text.charAt(pos) == '.' && pos + 1 < text.length()
                && isDigit(text.charAt(pos + 1))) {
            decimal = true;
            advance();
            skipDigits();
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int save = pos;
            advance();
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                advance();
            }
            if (pos < text.length() && isDigit(text.charAt(pos))) {
                decimal = true;
                skipDigits();
            } else {
                pos = save;
            }
        }
        String digits = text.substring(start, pos).replace("_", "");
        String lexeme = text.substring(start, pos);
        char suffix = pos < text.length() ? text.charAt(pos) : 0;
        if (suffix == 'f' || suffix == 'F' || suffix == 'd' || suffix == 'D') {
            advance();
            lexeme = text.substring(start, pos);
            return suffix == 'f' || suffix == 'F'
                    ? new Token(TokenKind.FLOAT_LITERAL, lexeme, Float.parseFloat(digits), line, startColumn, newlines)
                    : new Token(TokenKind.DOUBLE_LITERAL, lexeme, Double.parseDouble(digits), line, startColumn,
                            newlines);
        }
        if (decimal) {
            return new Token(TokenKind.DOUBLE_LITERAL, lexeme, Double.parseDouble(digits), line, startColumn, newlines);
        }
        boolean isLong = suffix == 'L' || suffix == 'l';
        if (isLong) {
            advance();
            lexeme = text.substring(start, pos);
        }
        return integer(new BigInteger(digits), isLong, lexeme, startColumn, newlines);
    }

    private Token hexNumber(int start, int startColumn, int newlines) {
        advance();
        advance();
        int digitsStart = pos;
        while (pos < text.length() && (Character.digit(text.charAt(pos), 16) >= 0 || text.charAt(pos) == '_')) {
            advance();
        }
        String digits = text.substring(digitsStart, pos).replace("_", "");
        if (digits.isEmpty()) {
            throw source.error(line, startColumn, "scala.syntax.malformedNumber");
        }
        boolean isLong = pos < text.length() && (text.charAt(pos) == 'L' || text.charAt(pos) == 'l');
        if (isLong) {
            advance();
        }
        BigInteger magnitude = new BigInteger(digits, 16);
        int bits = isLong ? 64 : 32;
        if (magnitude.bitLength() > bits) {
            throw tooLarge(startColumn, isLong);
        }
        BigInteger value = BigInteger.valueOf(isLong ? magnitude.longValue() : magnitude.intValue());
        return new Token(isLong ? TokenKind.LONG_LITERAL : TokenKind.INT_LITERAL, text.substring(start, pos), value,
                line, startColumn, newlines);
    }

    private Token integer(BigInteger magnitude, boolean isLong, String lexeme, int startColumn, int newlines) {
        if (magnitude.compareTo(isLong ? LONG_LIMIT : INT_LIMIT) > 0) {
            throw tooLarge(startColumn, isLong);
        }
        return new Token(isLong ? TokenKind.LONG_LITERAL : TokenKind.INT_LITERAL, lexeme, magnitude, line,
                startColumn, newlines);
    }

    ScalaSyntaxException tooLarge(int startColumn, boolean isLong) {
        return source.error(line, startColumn,
                isLong ? "scala.syntax.longTooLarge" : "scala.syntax.intTooLarge");
    }

    private void skipDigits() {
        while (pos < text.length() && (isDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            advance();
        }
    }

    private Token character(int newlines) {
        int start = pos;
        int startColumn = column();
        advance();
        if (pos + 1 < text.length() && text.charAt(pos) != '\\' && text.charAt(pos) != '\n'
                && text.codePointAt(pos) != '\'' && text.charAt(pos + Character.charCount(text.codePointAt(pos)))
                        != '\'' && ScalaCharacters.isIdentifierStart(text.codePointAt(pos))) {
            throw source.error(line, startColumn, "scala.syntax.symbolLiteral");
        }
        StringBuilder value = new StringBuilder();
        if (pos < text.length() && text.charAt(pos) == '\\') {
            escape(value);
        } else if (pos < text.length() && text.charAt(pos) != '\'' && text.charAt(pos) != '\n') {
            value.appendCodePoint(text.codePointAt(pos));
            advance();
        }
        if (pos >= text.length() || text.charAt(pos) != '\'' || value.length() != 1) {
            throw source.error(line, startColumn, "scala.syntax.unclosedChar");
        }
        advance();
        return new Token(TokenKind.CHAR_LITERAL, text.substring(start, pos), value.charAt(0),
                line, startColumn, newlines);
    }

    private Token string(int newlines) {
        int startLine = line;
        int startColumn = column();
        int start = pos;
        StringBuilder value = new StringBuilder();
        if (text.startsWith("\"\"\"", pos)) {
            advanceBy(3);
            while (!atTripleQuoteEnd()) {
                if (pos >= text.length()) {
                    throw unclosedString(startLine, startColumn);
                }
                value.appendCodePoint(text.codePointAt(pos));
                advance();
            }
            advanceBy(3);
        } else {
            advance();
            while (pos < text.length() && text.charAt(pos) != '"') {
                if (text.charAt(pos) == '\n') {
                    throw unclosedString(startLine, startColumn);
                }
                if (text.charAt(pos) == '\\') {
                    escape(value);
                } else {
                    value.appendCodePoint(text.codePointAt(pos));
                    advance();
                }
            }
            if (pos >= text.length()) {
                throw unclosedString(startLine, startColumn);
            }
            advance();
        }
        return new Token(TokenKind.STRING_LITERAL, text.substring(start, pos), value.toString(), startLine,
                startColumn, newlines);
    }

    private boolean atTripleQuoteEnd() {
        return text.startsWith("\"\"\"", pos) && !text.startsWith("\"\"\"\"", pos);
    }

    private Token interpolated(String interpolator, int startColumn, int newlines) {
        int startLine = line;
        boolean multiLine = text.startsWith("\"\"\"", pos);
        boolean cooked = !interpolator.equals("raw");
        advanceBy(multiLine ? 3 : 1);
        List<InterpolationPart> parts = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        while (true) {
            if (pos >= text.length() || !multiLine && text.charAt(pos) == '\n') {
                throw unclosedString(startLine, startColumn);
            }
            char c = text.charAt(pos);
            if (multiLine ? atTripleQuoteEnd() : c == '"') {
                advanceBy(multiLine ? 3 : 1);
                break;
            }
            if (c == '$') {
                advance();
                if (pos < text.length() && text.charAt(pos) == '$') {
                    chunk.append('$');
                    advance();
                    continue;
                }
                parts.add(new InterpolationPart.Text(chunk.toString()));
                chunk.setLength(0);
                parts.add(splice());
            } else if (c == '\\' && cooked) {
                escape(chunk);
            } else if (c == '\\' && !multiLine && peekChar(1) == '"') {
                chunk.append("\\\"");
                advanceBy(2);
            } else {
                chunk.appendCodePoint(text.codePointAt(pos));
                advance();
            }
        }
        parts.add(new InterpolationPart.Text(chunk.toString()));
        return new Token(TokenKind.INTERPOLATED_STRING, interpolator, List.copyOf(parts), startLine, startColumn,
                newlines);
    }

    private InterpolationPart splice() {
        int spliceLine = line;
        int spliceColumn = column();
        if (pos < text.length() && text.charAt(pos) == '{') {
            return blockSplice(spliceLine, spliceColumn);
        }
        if (pos < text.length() && ScalaCharacters.isIdentifierStart(text.codePointAt(pos))
                && text.charAt(pos) != '$') {
            int start = pos;
            while (pos < text.length() && text.charAt(pos) != '$'
                    && ScalaCharacters.isIdentifierPart(text.codePointAt(pos))) {
                advance();
            }
            String name = text.substring(start, pos);
            TokenKind reserved = RESERVED.get(name);
            Token token = new Token(reserved == null ? TokenKind.IDENTIFIER : reserved, name, null, spliceLine,
                    spliceColumn, 0);
            Token end = new Token(TokenKind.END_OF_INPUT, "", null, line, column(), 0);
            return new InterpolationPart.Splice(List.of(token, end), spliceLine, spliceColumn);
        }
        throw source.error(line, column(), "scala.syntax.invalidStringInterpolation");
    }

    private InterpolationPart blockSplice(int spliceLine, int spliceColumn) {
        if (++spliceNesting > MAX_SPLICE_NESTING) {
            throw source.error(spliceLine, spliceColumn, "scala.syntax.interpolationTooDeep");
        }
        advance();
        List<Token> tokens = new ArrayList<>();
        int depth = 0;
        while (true) {
            Token token = next();
            if (token.is(TokenKind.END_OF_INPUT)) {
                throw source.error(spliceLine, spliceColumn, "scala.syntax.unclosedSplice");
            }
            if (token.is(TokenKind.RIGHT_BRACE) && depth == 0) {
                break;
            }
            if (token.is(TokenKind.LEFT_BRACE)) {
                depth++;
            } else if (token.is(TokenKind.RIGHT_BRACE)) {
                depth--;
            }
            tokens.add(token);
        }
        spliceNesting--;
        tokens.add(new Token(TokenKind.END_OF_INPUT, "", null, line, column(), 0));
        return new InterpolationPart.Splice(List.copyOf(tokens), spliceLine, spliceColumn);
    }

    private void escape(StringBuilder out) {
        int escapeLine = line;
        int escapeColumn = column();
        advance();
        char c = pos < text.length() ? text.charAt(pos) : 0;
        switch (c) {
            case 'b' -> out.append('\b');
            case 't' -> out.append('\t');
            case 'n' -> out.append('\n');
            case 'f' -> out.append('\f');
            case 'r' -> out.append('\r');
            case '"' -> out.append('"');
            case '\'' -> out.append('\'');
            case '\\' -> out.append('\\');
            case 'u' -> {
                while (pos < text.length() && text.charAt(pos) == 'u') {
                    advance();
                }
                if (pos + 4 > text.length() || !text.substring(pos, pos + 4).chars()
                        .allMatch(d -> Character.digit(d, 16) >= 0)) {
                    throw source.error(escapeLine, escapeColumn, "scala.syntax.invalidUnicodeEscape");
                }
                out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                advanceBy(3);
            }
            default -> throw source.error(escapeLine, escapeColumn, "scala.syntax.invalidEscape");
        }
        advance();
    }

    private ScalaSyntaxException unclosedString(int startLine, int startColumn) {
        return source.error(startLine, startColumn, "scala.syntax.unclosedString");
    }

    private char peekChar(int ahead) {
        return pos + ahead < text.length() ? text.charAt(pos + ahead) : 0;
    }

    private void advance() {
        if (pos < text.length()) {
            if (text.charAt(pos) == '\n') {
                line++;
                lineStart = pos + 1;
            }
            pos += Character.charCount(text.codePointAt(pos));
        }
    }

    private void advanceBy(int count) {
        for (int i = 0; i < count; i++) {
            advance();
        }
    }

    private int column() {
        return pos - lineStart + 1;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
