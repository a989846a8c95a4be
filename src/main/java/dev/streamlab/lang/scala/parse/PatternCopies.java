package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.Pattern;

/**
 * Fresh copies of patterns. Desugaring uses a generator's pattern in several lambdas, and the resolver keys its
 * bindings on node identity, so every use needs its own nodes.
 */
final class PatternCopies {

    private PatternCopies() {
    }

    static Pattern copy(Pattern pattern) {
        if (pattern instanceof Pattern.Wildcard p) {
            return new Pattern.Wildcard(p.pos());
        }
        if (pattern instanceof Pattern.Bind p) {
            return new Pattern.Bind(p.name(), p.pos());
        }
        if (pattern instanceof Pattern.Value p) {
            return new Pattern.Value(copy(p.value()), p.pos());
        }
        if (pattern instanceof Pattern.TuplePattern p) {
            return new Pattern.TuplePattern(p.items().stream().map(PatternCopies::copy).toList(), p.pos());
        }
        if (pattern instanceof Pattern.Extractor p) {
            return new Pattern.Extractor(p.name(), p.args().stream().map(PatternCopies::copy).toList(), p.pos());
        }
        if (pattern instanceof Pattern.Rest p) {
            return new Pattern.Rest(p.name(), p.pos());
        }
        if (pattern instanceof Pattern.Typed p) {
            return new Pattern.Typed(copy(p.inner()), p.typeName(), p.pos());
        }
        if (pattern instanceof Pattern.Alternatives p) {
            return new Pattern.Alternatives(p.alternatives().stream().map(PatternCopies::copy).toList(), p.pos());
        }
        Pattern.As p = (Pattern.As) pattern;
        return new Pattern.As(p.name(), copy(p.inner()), p.pos());
    }

    /** The expressions a pattern can hold: literals and stable identifiers such as {@code None} or {@code a.B}. */
    private static Expr copy(Expr value) {
        if (value instanceof Expr.Literal literal) {
            return new Expr.Literal(literal.kind(), literal.value(), literal.pos());
        }
        if (value instanceof Expr.Name name) {
            return new Expr.Name(name.name(), name.pos());
        }
        if (value instanceof Expr.Select select) {
            return new Expr.Select(copy(select.receiver()), select.name(), select.pos());
        }
        return value;
    }
}
