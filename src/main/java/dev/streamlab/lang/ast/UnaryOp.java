package dev.streamlab.lang.ast;

/** Prefix operators: Scala {@code -x !b ~x +x}, Python {@code -x not b ~x +x}. */
public enum UnaryOp {
    NEGATE("-"),
    PLUS("+"),
    NOT("!"),
    BIT_NOT("~");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
