package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.Arg;
import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.MatchCase;
import dev.streamlab.lang.ast.Param;
import dev.streamlab.lang.ast.ParamKind;
import dev.streamlab.lang.ast.Pattern;
import dev.streamlab.lang.ast.Position;
import dev.streamlab.lang.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Desugars for-comprehensions into method calls as scalac does (SLS 6.19): generators become {@code foreach}
 * (loops) or {@code map}/{@code flatMap} (with {@code yield}), guards become {@code withFilter}, and value definitions
 * are carried along in tuples produced by a {@code map}.
 */
final class ForComprehensions {

    private final FreshNames names;

    ForComprehensions(FreshNames names) {
        this.names = names;
    }

    Expr desugar(List<Enumerator> enumerators, Expr body, boolean yields) {
        List<Enumerator> remaining = new ArrayList<>(enumerators);
        while (true) {
            Enumerator.Generator generator = (Enumerator.Generator) remaining.get(0);
            if (remaining.size() == 1) {
                return call(generator.source(), yields ? "map" : "foreach", function(generator.pattern(), body),
                        generator.pos());
            }
            Enumerator next = remaining.get(1);
            if (next instanceof Enumerator.Guard guard) {
                Expr filtered = call(generator.source(), "withFilter",
                        function(PatternCopies.copy(generator.pattern()), guard.condition()), guard.pos());
                remaining.subList(0, 2).clear();
                remaining.add(0, new Enumerator.Generator(generator.pattern(), filtered, generator.pos()));
            } else if (next instanceof Enumerator.Definition) {
                remaining.set(0, carryDefinitions(generator, remaining));
            } else {
                Expr inner = desugar(remaining.subList(1, remaining.size()), body, yields);
                return call(generator.source(), yields ? "flatMap" : "foreach", function(generator.pattern(), inner),
                        generator.pos());
            }
        }
    }

    /**
     * {@code p <- e; a = x; b = y} becomes {@code (p', a', b') <- e.map { case p' @ p => val a' @ a = x; ...;
     * (p', a', b') }}, removing the definitions from {@code remaining}.
     */
    private Enumerator.Generator carryDefinitions(Enumerator.Generator generator, List<Enumerator> remaining) {
        Position pos = generator.pos();
        String generated = names.next();
        List<Stmt> statements = new ArrayList<>();
        List<Expr> carried = new ArrayList<>(List.of(new Expr.Name(generated, pos)));
        List<Pattern> patterns = new ArrayList<>(List.of(PatternCopies.copy(generator.pattern())));
        while (remaining.size() > 1 && remaining.get(1) instanceof Enumerator.Definition definition) {
            String defined = names.next();
            statements.add(new Stmt.ValDef(new Pattern.As(defined, definition.pattern(), definition.pos()), false,
                    null, definition.value(), definition.pos()));
            carried.add(new Expr.Name(defined, definition.pos()));
            patterns.add(PatternCopies.copy(definition.pattern()));
            remaining.remove(1);
        }
        Expr tuple = new Expr.TupleExpr(carried, pos);
        Expr mapped = call(generator.source(), "map",
                function(new Pattern.As(generated, generator.pattern(), pos), new Expr.Block(statements, tuple, pos)),
                pos);
        return new Enumerator.Generator(new Pattern.TuplePattern(patterns, pos), mapped, pos);
    }

    private static Expr call(Expr receiver, String method, Expr function, Position pos) {
        return new Expr.MethodCall(receiver, method, List.of(), List.of(Arg.positional(function)), pos);
    }

    /** {@code x => body} for a simple name, else a pattern-matching function {@code { case p => body }}. */
    private Expr function(Pattern pattern, Expr body) {
        Position pos = pattern.pos();
        if (pattern instanceof Pattern.Bind bind) {
            return new Expr.Lambda(List.of(Param.of(bind.name(), pos)), body, pos);
        }
        if (pattern instanceof Pattern.Wildcard) {
            return new Expr.Lambda(List.of(Param.of(names.next(), pos)), body, pos);
        }
        if (pattern instanceof Pattern.Typed typed && typed.inner() instanceof Pattern.Bind bind) {
            return new Expr.Lambda(List.of(new Param(bind.name(), ParamKind.REGULAR, null, typed.typeName(), pos)),
                    body, pos);
        }
        return new Expr.CaseLambda(List.of(new MatchCase(pattern, null, body, pos)), pos);
    }
}
