package dev.streamlab.lang.python.parse;

/**
 * One token with where it starts. {@code value} holds the decoded literal: a {@code Long}, {@code BigInteger} or
 * {@code Double} for numbers, the unescaped text for strings, a {@code List<FStringPart>} for f-strings.
 */
public record PyToken(PyTokenType type, String text, Object value, int line, int column) {

    public boolean is(PyTokenType kind, String spelling) {
        return type == kind && text.equals(spelling);
    }

    public boolean isOp(String spelling) {
        return is(PyTokenType.OP, spelling);
    }

    public boolean isKeyword(String spelling) {
        return is(PyTokenType.KEYWORD, spelling);
    }
}
