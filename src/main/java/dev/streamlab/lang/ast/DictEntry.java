package dev.streamlab.lang.ast;

/** A {@code key: value} entry of a Python dict display; {@code key} is null for a {@code **mapping} spread. */
public record DictEntry(Expr key, Expr value, Position pos) implements Node {
}
