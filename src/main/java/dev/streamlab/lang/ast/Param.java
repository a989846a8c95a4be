package dev.streamlab.lang.ast;

/**
 * A parameter of a def, lambda or class constructor. {@code defaultValue} is null when there is none;
 * {@code declaredType} is the type as written ({@code "Seq[Int]"}, Python annotations too) or null, kept only for
 * error messages. Scala by-name parameters ({@code => T}) keep the arrow in their declared type.
 */
public record Param(String name, ParamKind kind, Expr defaultValue, String declaredType, Position pos)
        implements Node {

    public static Param of(String name, Position pos) {
        return new Param(name, ParamKind.REGULAR, null, null, pos);
    }
}
