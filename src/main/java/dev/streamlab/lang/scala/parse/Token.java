package dev.streamlab.lang.scala.parse;

/**
 * One lexeme of Scala source.
 *
 * @param text the source text of the token (for an identifier, its name without backquotes)
 * @param value the decoded value of a literal ({@link java.math.BigInteger} for integer literals, so that the parser
 *     can apply a leading minus before range checks; a {@code List<InterpolationPart>} for interpolated strings), else null
 * @param line 1-based line of the first character
 * @param column 1-based column of the first character
 * @param newlinesBefore how many line breaks separate this token from the previous one (comments included), which
 *     is what Scala's semicolon inference looks at
 */
public record Token(TokenKind kind, String text, Object value, int line, int column, int newlinesBefore) {

    public boolean is(TokenKind other) {
        return kind == other;
    }

    public boolean isIdentifier(String name) {
        return kind == TokenKind.IDENTIFIER && text.equals(name);
    }

    public boolean isSymbolicIdentifier() {
        return kind == TokenKind.IDENTIFIER && !text.isEmpty() && ScalaCharacters.isOperatorChar(text.codePointAt(0));
    }

    public boolean followsNewline() {
        return newlinesBefore > 0;
    }

    public String describe() {
        return switch (kind) {
            case END_OF_INPUT -> "end of input";
            case STRING_LITERAL, INTERPOLATED_STRING -> "string literal";
            case CHAR_LITERAL -> "character literal";
            case INT_LITERAL, LONG_LITERAL, FLOAT_LITERAL, DOUBLE_LITERAL -> "number " + text;
            default -> "'" + text + "'";
        };
    }
}
