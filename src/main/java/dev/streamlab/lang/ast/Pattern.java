package dev.streamlab.lang.ast;

import java.util.List;

/**
 * Patterns: Scala {@code case} patterns (in {@code match}, {@code catch}, {@code { case ... }} lambdas), the left
 * side of Scala {@code val (a, b) = t}, and Python binding targets of {@code for} loops and comprehensions
 * ({@code for k, v in ...} is a {@link TuplePattern} of {@link Bind}s) and {@code except} clauses.
 */
public sealed interface Pattern extends Node {

    <R> R accept(Visitor<R> visitor);

    /** {@code _}: matches anything, binds nothing. */
    record Wildcard(Position pos) implements Pattern {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitWildcard(this);
        }
    }

    /** A variable pattern {@code x}: matches anything and binds it. */
    record Bind(String name, Position pos) implements Pattern {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBind(this);
        }
    }

    /**
     * Matches values equal to an expression: literals ({@code case 1}, {@code case "a"}, {@code case -1}) and Scala
     * stable identifiers ({@code case None}, {@code case Nil}, {@code case MaxValue}, {@code case `x`}).
     */
    record Value(Expr value, Position pos) implements Pattern {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitValue(this);
        }
    }

    /** Scala {@code (a, b)}; Python target lists {@code a, (b, c)} and {@code [a, b]} (sequence unpacking). */
    record TuplePattern(List<Pattern> items, Position pos) implements Pattern {
        public TuplePattern {
            items = List.copyOf(items);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTuple(this);
        }
    }

    /**
     * Constructor/extractor pattern: {@code Some(x)}, {@code Word(w, n)} (case classes), {@code List(a, b)},
     * {@code Array(a, _*)}, infix {@code head :: tail} (name {@code "::"}). The name is as written (dotted if
     * qualified).
     */
    record Extractor(String name, List<Pattern> args, Position pos) implements Pattern {
        public Extractor {
            args = List.copyOf(args);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitExtractor(this);
        }
    }

    /**
     * Matches the rest of a sequence: Scala {@code _*} / {@code rest @ _*} and Python {@code *rest} in an unpacking
     * target; {@code name} is null when nothing is bound.
     */
    record Rest(String name, Position pos) implements Pattern {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitRest(this);
        }
    }

    /**
     * Type test: Scala {@code x: Int}, {@code _: NumberFormatException}, {@code e: Exception}; Python
     * {@code except json.JSONDecodeError} ({@code inner} a {@link Wildcard}). {@code typeName} is as written, dotted
     * if qualified; type arguments are kept in the text ({@code "List[Int]"}) but not checked.
     */
    record Typed(Pattern inner, String typeName, Position pos) implements Pattern {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTyped(this);
        }
    }

    /** Scala {@code a | b | c}; Python {@code except (A, B)} as alternatives of {@link Typed}. Binds nothing. */
    record Alternatives(List<Pattern> alternatives, Position pos) implements Pattern {
        public Alternatives {
            alternatives = List.copyOf(alternatives);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAlternatives(this);
        }
    }

    /** Binds the whole matched value and matches the inner pattern: Scala {@code n @ Some(_)}, Python
     * {@code except E as e}. */
    record As(String name, Pattern inner, Position pos) implements Pattern {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAs(this);
        }
    }

    /** One method per pattern kind, so walkers (resolver, compiler) are checked for completeness. */
    interface Visitor<R> {
        R visitWildcard(Wildcard p);

        R visitBind(Bind p);

        R visitValue(Value p);

        R visitTuple(TuplePattern p);

        R visitExtractor(Extractor p);

        R visitRest(Rest p);

        R visitTyped(Typed p);

        R visitAlternatives(Alternatives p);

        R visitAs(As p);
    }
}
