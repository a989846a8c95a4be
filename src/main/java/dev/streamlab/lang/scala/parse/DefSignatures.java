package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.Arg;
import dev.streamlab.lang.ast.ArgKind;
import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameter lists of the program's own defs, read from the tokens before parsing, since a call may come before
 * the def it calls. Scalac types calls by their def's signature; the parser uses these to pass by-name arguments
 * ({@code body: => Unit}) as functions and to join an explicit implicit argument list to the list the def's lowering
 * appends it to ({@link #apply}).
 */
final class DefSignatures {

    /** One parameter list: its names, which are by-name, and whether it is {@code implicit}. */
    record Clause(List<String> names, List<Boolean> byName, boolean implicit) {
    }

    /** The library's wrapper of a by-name argument and its reader (the Scala library's {@code ScalaByName}). */
    static final String WRAP = "byName$";
    static final String FORCE = "byName$force";

    private final Map<String, List<Clause>> defs = new HashMap<>();
    private final Set<String> objects = new HashSet<>();

    static DefSignatures of(List<Token> tokens) {
        DefSignatures signatures = new DefSignatures();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is(TokenKind.DEF) && tokens.get(i + 1).is(TokenKind.IDENTIFIER)) {
                signatures.read(tokens, i + 2, tokens.get(i + 1).text());
            } else if (tokens.get(i).is(TokenKind.OBJECT) && tokens.get(i + 1).is(TokenKind.IDENTIFIER)) {
                signatures.objects.add(tokens.get(i + 1).text());
            }
        }
        return signatures;
    }

    private void read(List<Token> tokens, int start, String name) {
        int i = skipBalanced(tokens, start, TokenKind.LEFT_BRACKET, TokenKind.RIGHT_BRACKET);
        List<Clause> clauses = new ArrayList<>();
        while (i < tokens.size() && tokens.get(i).is(TokenKind.LEFT_PAREN)) {
            i++;
            boolean implicit = i < tokens.size() && tokens.get(i).is(TokenKind.IMPLICIT);
            List<String> names = new ArrayList<>();
            List<Boolean> byName = new ArrayList<>();
            int depth = 1;
            boolean atParameter = true;
            for (; i < tokens.size() && depth > 0; i++) {
                Token token = tokens.get(i);
                switch (token.kind()) {
                    case LEFT_PAREN, LEFT_BRACKET, LEFT_BRACE -> depth++;
                    case RIGHT_PAREN, RIGHT_BRACKET, RIGHT_BRACE -> depth--;
                    case COMMA -> atParameter |= depth == 1;
                    case IDENTIFIER -> {
                        if (atParameter && depth == 1 && i + 1 < tokens.size()
                                && tokens.get(i + 1).is(TokenKind.COLON)) {
                            names.add(token.text());
                            byName.add(i + 2 < tokens.size() && tokens.get(i + 2).is(TokenKind.ARROW));
                            atParameter = false;
                        }
                    }
                    default -> {
                    }
                }
            }
            clauses.add(new Clause(names, byName, implicit));
        }
        defs.putIfAbsent(name, clauses);
    }

    private static int skipBalanced(List<Token> tokens, int i, TokenKind open, TokenKind close) {
        if (i >= tokens.size() || !tokens.get(i).is(open)) {
            return i;
        }
        int depth = 0;
        do {
            if (tokens.get(i).is(open)) {
                depth++;
            } else if (tokens.get(i).is(close)) {
                depth--;
            }
            i++;
        } while (i < tokens.size() && depth > 0);
        return i;
    }

    /**
     * {@code callee(args)}: by-name arguments of a program def become functions; an explicit implicit list joins
     * the list before it, where the def's lowering put its parameters.
     */
    Expr apply(Expr callee, List<Arg> args, Position pos) {
        Target target = target(callee);
        List<Clause> clauses = target == null ? null : defs.get(target.name());
        if (clauses == null || target.clause() >= clauses.size()) {
            return new Expr.Call(callee, List.of(), args, pos);
        }
        Clause clause = clauses.get(target.clause());
        List<Arg> passed = byName(clause, args);
        if (clause.implicit() && target.clause() > 0) {
            passed = byKeyword(clause, passed);
            if (callee instanceof Expr.Call call) {
                return new Expr.Call(call.callee(), call.typeArgs(), join(call.args(), passed), call.pos());
            }
            if (callee instanceof Expr.MethodCall call) {
                return new Expr.MethodCall(call.receiver(), call.name(), call.typeArgs(), join(call.args(), passed),
                        call.pos());
            }
        }
        return new Expr.Call(callee, List.of(), passed, pos);
    }

    /**
     * {@code receiver.name(args)} where the receiver is one of the program's objects or {@code this}: the def's
     * first list's by-name arguments become functions. Other receivers may be library values whose members share the
     * name ({@code opt.getOrElse(0)} beside a program's own {@code getOrElse(default: => A)}): their arguments stay.
     */
    List<Arg> methodArguments(Expr receiver, String name, List<Arg> args) {
        List<Clause> clauses = isProgramObject(receiver) ? defs.get(name) : null;
        return clauses == null || clauses.isEmpty() ? args : byName(clauses.get(0), args);
    }

    /** {@code callee[T](args)}: the arguments, by-name ones as functions. */
    List<Arg> typedArguments(Expr callee, List<Arg> args) {
        Target target = target(callee);
        List<Clause> clauses = target == null ? null : defs.get(target.name());
        return clauses == null || clauses.isEmpty() ? args : byName(clauses.get(0), args);
    }

    private boolean isProgramObject(Expr receiver) {
        return receiver instanceof Expr.This || receiver instanceof Expr.Name name && objects.contains(name.name());
    }

    /** Joined after a list whose last parameters may have defaults, explicit implicit arguments go by name. */
    private static List<Arg> byKeyword(Clause clause, List<Arg> args) {
        List<Arg> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Arg arg = args.get(i);
            out.add(arg.kind() == ArgKind.POSITIONAL && i < clause.names().size()
                    ? Arg.keyword(clause.names().get(i), arg.value(), arg.pos()) : arg);
        }
        return out;
    }

    private static List<Arg> join(List<Arg> first, List<Arg> second) {
        List<Arg> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /**
     * The arguments as scalac binds them: a named argument in its own position counts as positional, so positional
     * ones may follow it; after one out of its position they may not. By-name arguments become functions.
     */
    private static List<Arg> byName(Clause clause, List<Arg> args) {
        List<Arg> out = new ArrayList<>();
        Arg displaced = null;
        for (int i = 0; i < args.size(); i++) {
            Arg arg = args.get(i);
            if (arg.kind() == ArgKind.KEYWORD && displaced == null && i < clause.names().size()
                    && clause.names().get(i).equals(arg.keyword())) {
                arg = Arg.positional(arg.value());
            } else if (arg.kind() == ArgKind.KEYWORD && displaced == null) {
                displaced = arg;
            } else if (arg.kind() == ArgKind.POSITIONAL && displaced != null) {
                throw new ScalaSyntaxException("scala.syntax.positionalAfterNamed", arg.pos(), displaced.keyword());
            }
            int index = arg.kind() == ArgKind.KEYWORD ? clause.names().indexOf(arg.keyword())
                    : arg.kind() == ArgKind.POSITIONAL ? i : -1;
            if (index >= 0 && index < clause.byName().size() && clause.byName().get(index)) {
                Position pos = arg.value().pos();
                Expr thunk = new Expr.Call(new Expr.Name(WRAP, pos), List.of(),
                        List.of(Arg.positional(new Expr.Lambda(List.of(), arg.value(), pos))), pos);
                out.add(new Arg(arg.kind(), arg.keyword(), thunk, arg.pos()));
            } else {
                out.add(arg);
            }
        }
        return out;
    }

    private record Target(String name, int clause) {
    }

    private Target target(Expr callee) {
        if (callee instanceof Expr.Name name) {
            return new Target(name.name(), 0);
        }
        if (callee instanceof Expr.MethodCall call) {
            return isProgramObject(call.receiver()) ? new Target(call.name(), 1) : null;
        }
        if (callee instanceof Expr.Call call) {
            Target inner = target(call.callee());
            boolean typeApplication = !call.typeArgs().isEmpty() && call.args().isEmpty();
            return inner == null || typeApplication ? inner : new Target(inner.name(), inner.clause() + 1);
        }
        return null;
    }
}
