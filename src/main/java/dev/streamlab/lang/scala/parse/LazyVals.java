package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.LiteralKind;
import dev.streamlab.lang.ast.Pattern;
import dev.streamlab.lang.ast.Position;
import dev.streamlab.lang.ast.Stmt;
import dev.streamlab.lang.ast.UnaryOp;
import java.util.List;

/**
 * {@code lazy val x: T = e} as scalac lowers it: a hidden value and flag, and a parameterless def {@code x} that
 * evaluates {@code e} on its first use only. Locally the def closes over the hidden variables; in an object or class
 * they are fields, so each instance initialises its own.
 */
final class LazyVals {

    private LazyVals() {
    }

    static List<Stmt> lower(String name, String declaredType, Expr value, Position pos) {
        String stored = name + "$lzy";
        String done = name + "$lzyDone";
        Expr isDone = new Expr.Name(done, pos);
        Expr initialise = new Expr.Block(List.of(
                new Stmt.ValDef(new Pattern.Bind(name + "$lzyValue", pos), false, declaredType, value, pos),
                new Stmt.Assign(List.of(new Expr.Name(stored, pos)), new Expr.Name(name + "$lzyValue", pos), pos),
                new Stmt.Assign(List.of(new Expr.Name(done, pos)), bool(true, pos), pos)), Literals.unit(pos), pos);
        Expr body = new Expr.Block(List.of(new Stmt.ExprStmt(new Expr.If(new Expr.Unary(UnaryOp.NOT, isDone, pos),
                initialise, Literals.unit(pos), pos), pos)), new Expr.Name(stored, pos), pos);
        return List.of(
                new Stmt.ValDef(new Pattern.Bind(stored, pos), true, null, Literals.defaultValue(declaredType, pos),
                        pos),
                new Stmt.ValDef(new Pattern.Bind(done, pos), true, null, bool(false, pos), pos),
                new Stmt.Def(name, List.of(), declaredType, body, List.of(), pos));
    }

    private static Expr bool(boolean value, Position pos) {
        return new Expr.Literal(LiteralKind.BOOLEAN, value, pos);
    }
}
