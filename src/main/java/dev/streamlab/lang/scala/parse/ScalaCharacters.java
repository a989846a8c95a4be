package dev.streamlab.lang.scala.parse;

/** Scala's character classes (SLS 1.1): which characters start and continue identifiers and operators. */
final class ScalaCharacters {

    private static final String OPERATOR_CHARS = "!#%&*+-/:<=>?@\\^|~";

    private ScalaCharacters() {
    }

    static boolean isIdentifierStart(int c) {
        return c == '_' || c == '$' || Character.isLetter(c) || Character.getType(c) == Character.LETTER_NUMBER;
    }

    static boolean isIdentifierPart(int c) {
        return c == '$' || Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    static boolean isOperatorChar(int c) {
        if (c < 128) {
            return OPERATOR_CHARS.indexOf(c) >= 0;
        }
        int type = Character.getType(c);
        return type == Character.MATH_SYMBOL || type == Character.OTHER_SYMBOL;
    }
}
