package dev.streamlab.lang.ast;

/** One argument of a call; {@code keyword} is set only for {@link ArgKind#KEYWORD}. */
public record Arg(ArgKind kind, String keyword, Expr value, Position pos) implements Node {

    public static Arg positional(Expr value) {
        return new Arg(ArgKind.POSITIONAL, null, value, value.pos());
    }

    public static Arg keyword(String keyword, Expr value, Position pos) {
        return new Arg(ArgKind.KEYWORD, keyword, value, pos);
    }
}
