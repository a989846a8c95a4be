package dev.streamlab.lang.scala.parse;

/** The kinds of token the Scala dialect's lexer produces; identifiers include symbolic ones such as {@code ++}. */
public enum TokenKind {
    IDENTIFIER,
    INT_LITERAL,
    LONG_LITERAL,
    FLOAT_LITERAL,
    DOUBLE_LITERAL,
    CHAR_LITERAL,
    STRING_LITERAL,
    INTERPOLATED_STRING,

    ABSTRACT, CASE, CATCH, CLASS, DEF, DO, ELSE, EXTENDS, FALSE, FINAL, FINALLY, FOR, FOR_SOME, IF, IMPLICIT,
    IMPORT, LAZY, MATCH, NEW, NULL, OBJECT, OVERRIDE, PACKAGE, PRIVATE, PROTECTED, RETURN, SEALED, SUPER, THIS,
    THROW, TRAIT, TRY, TRUE, TYPE, VAL, VAR, WHILE, WITH, YIELD,

    UNDERSCORE, COLON, EQUALS, ARROW, LEFT_ARROW, SUBTYPE, VIEW_BOUND, SUPERTYPE, HASH, AT,

    LEFT_PAREN, RIGHT_PAREN, LEFT_BRACKET, RIGHT_BRACKET, LEFT_BRACE, RIGHT_BRACE, COMMA, SEMICOLON, DOT,

    END_OF_INPUT;

    public boolean isLiteral() {
        return ordinal() >= INT_LITERAL.ordinal() && ordinal() <= INTERPOLATED_STRING.ordinal();
    }
}
