package dev.streamlab.lang.ast;

/**
 * Binary operators shared by both dialects; the dialect decides what each means for given operand values (Scala
 * {@code 7 / 2} is 3, Python {@code 7 / 2} is 3.5 and {@code 7 // 2} is 3). Scala operators that are not listed
 * here ({@code ::}, {@code ++}, {@code ->}, {@code +:}, {@code max}, ...) are method calls in the AST.
 */
public enum BinaryOp {
    ADD("+"),
    SUB("-"),
    MUL("*"),
    DIV("/"),
    FLOOR_DIV("//"),
    MOD("%"),
    POW("**"),
    MAT_MUL("@"),
    BIT_AND("&"),
    BIT_OR("|"),
    BIT_XOR("^"),
    SHIFT_LEFT("<<"),
    SHIFT_RIGHT(">>"),
    UNSIGNED_SHIFT_RIGHT(">>>"),
    EQ("=="),
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    IS("is"),
    IS_NOT("is not"),
    IN("in"),
    NOT_IN("not in");

    private final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in source, for error messages. */
    public String symbol() {
        return symbol;
    }

    public boolean isComparison() {
        return ordinal() >= EQ.ordinal();
    }
}
