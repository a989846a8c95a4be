package dev.streamlab.lang.ast;

/** A clause of a Python comprehension, in source order: {@code for target in iterable} or {@code if condition}. */
public sealed interface ComprehensionClause extends Node {

    record For(Pattern target, Expr iterable, Position pos) implements ComprehensionClause {
    }

    record If(Expr condition, Position pos) implements ComprehensionClause {
    }
}
