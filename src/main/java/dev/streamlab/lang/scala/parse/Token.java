package dev.streamlab.lang.scala.parse;

/**
 * One lexeme of Scala source.
 *
 * @param text the source text of the token (for an identifier, its name without backquotes)
 * @param value the decoded value of a literal ({@link java.math.BigInteger} for integer literals, so that the parser
 *     can apply a leading minus before range checks; a {@code List<InterpolationPart>} for interpolated strings;
 *     {@link Boolean#TRUE} for a backquoted identifier, which patterns treat as a constant), else null
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

    public boolean isBackquoted() {
        return kind == TokenKind.IDENTIFIER && Boolean.TRUE.equals(value);
    }

    public boolean isSymbolicIdentifier() {
        return kind == TokenKind.IDENTIFIER && !text.isEmpty() && ScalaCharacters.isOperatorChar(text.codePointAt(0));
    }

    public boolean followsNewline() {
        return newlinesBefore > 0;
    }

    /** How an error message names this token: its text in quotes, or a translated word for literals. */
    Object describe() {
        return switch (kind) {
            case END_OF_INPUT -> new ScalaSyntaxException.Term("scala.syntax.token.endOfInput");
            case STRING_LITERAL, INTERPOLATED_STRING -> new ScalaSyntaxException.Term("scala.syntax.token.string");
            case CHAR_LITERAL -> new ScalaSyntaxException.Term("scala.syntax.token.character");
            default -> "'" + text + "'";
        };
    }
}
