package dev.streamlab.lang.ast;

import java.util.List;

/**
 * Statements and definitions of both dialects. Statement lists are never null (empty instead); fields documented
 * as optional are null when absent. Python suites are {@code List<Stmt>}; Scala bodies are {@link Expr}s (usually
 * {@link Expr.Block}s).
 */
public sealed interface Stmt extends Node {

    <R> R accept(Visitor<R> visitor);

    /**
     * An expression evaluated for its effect: calls, Python docstrings, and the Scala/Python forms that the AST keeps
     * as expressions ({@code try}, {@code throw}/{@code raise}, {@code yield}, {@code match}).
     */
    record ExprStmt(Expr expr, Position pos) implements Stmt {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitExprStmt(this);
        }
    }

    /**
     * Scala {@code val}/{@code var} (a {@code lazy val} is rewritten by the parser into a flag and a def), with a
     * pattern on the left:
     * {@code val x = e}, {@code val (a, b) = t}, {@code val Some(y) = o}. {@code declaredType} is the type as written
     * or null. Python has no declarations: its assignments are {@link Assign}.
     */
    record ValDef(Pattern target, boolean mutable, String declaredType, Expr value, Position pos) implements Stmt {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitValDef(this);
        }
    }

    /**
     * Assignment. Each target is a {@link Expr.Name}, {@link Expr.Select} (field/attribute), {@link Expr.Index}
     * (Python {@code a[i] = v}), {@link Expr.Call} (Scala {@code a(i) = v}, meaning {@code a.update(i, v)}), or for
     * Python a {@link Expr.TupleExpr}/{@link Expr.ListExpr} of targets possibly holding one {@link Expr.Starred}.
     * Python {@code a = b = v} has two targets, assigned left to right; Scala always has one. A Python name assigned
     * anywhere in a def is local to it unless declared {@link Global}.
     */
    record Assign(List<Expr> targets, Expr value, Position pos) implements Stmt {
        public Assign {
            targets = List.copyOf(targets);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAssign(this);
        }
    }

    /**
     * Augmented assignment {@code x += 1}, {@code counts(w) += 1}, {@code d[k] -= v}: the target (same kinds as
     * {@link Assign}, but not tuples) is evaluated once. Scala's {@code b += (1, 2, 3)} passes the operator several
     * arguments: {@code value} is the first, {@code moreValues} the others (empty for one operand).
     */
    record AugAssign(Expr target, BinaryOp op, Expr value, List<Expr> moreValues, Position pos) implements Stmt {
        public AugAssign(Expr target, BinaryOp op, Expr value, Position pos) {
            this(target, op, value, List.of(), pos);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAugAssign(this);
        }
    }

    /**
     * A function or method definition: Scala {@code def f[T](a: Int, b: Int = 2, xs: Int*): Int = body} (procedure
     * syntax {@code def f() { }} has return type {@code "Unit"}), Python {@code def f(a, b=2, *args, **kw): suite}
     * (the suite is a {@link Expr.Block} whose result is a {@code NONE} literal). {@code returnType} is as written or
     * null. {@code decorators} are Python's {@code @d} expressions, outermost first. An abstract Scala member
     * ({@code def area: Double} in a trait) has the body {@code Name("???")}, which throws
     * {@code scala.NotImplementedError} if called.
     */
    record Def(String name, List<Param> params, String returnType, Expr body, List<Expr> decorators, Position pos)
            implements Stmt {
        public Def {
            params = List.copyOf(params);
            decorators = List.copyOf(decorators);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDef(this);
        }
    }

    /** Python {@code return [e]} and Scala {@code return e}; {@code value} is null for a bare return. */
    record Return(Expr value, Position pos) implements Stmt {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitReturn(this);
        }
    }

    /**
     * Python's {@code if/elif/else} statement ({@code elif} is an If alone in {@code otherwise}); {@code otherwise}
     * is empty without {@code else}. {@code if __name__ == "__main__":} is an ordinary If. (Scala's {@code if} is
     * the expression {@link Expr.If}.)
     */
    record If(Expr condition, List<Stmt> then, List<Stmt> otherwise, Position pos) implements Stmt {
        public If {
            then = List.copyOf(then);
            otherwise = List.copyOf(otherwise);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIf(this);
        }
    }

    /**
     * Scala {@code while (c) body} and {@code do body while (c)} ({@code testFirst} false), Python
     * {@code while c: ... else: ...} ({@code orElse} runs when the loop ends without {@code break}; empty in Scala).
     * Each iteration is charged to the sandbox's step budget.
     */
    record While(Expr condition, List<Stmt> body, List<Stmt> orElse, boolean testFirst, Position pos)
            implements Stmt {
        public While {
            body = List.copyOf(body);
            orElse = List.copyOf(orElse);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitWhile(this);
        }
    }

    /**
     * Python {@code for target in iterable: ... else: ...}. Scala {@code for} loops are not For statements: the Scala
     * parser desugars them into {@code foreach}/{@code map}/{@code flatMap}/{@code withFilter} method calls.
     */
    record For(Pattern target, Expr iterable, List<Stmt> body, List<Stmt> orElse, Position pos) implements Stmt {
        public For {
            body = List.copyOf(body);
            orElse = List.copyOf(orElse);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFor(this);
        }
    }

    /** Python {@code break}. */
    record Break(Position pos) implements Stmt {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBreak(this);
        }
    }

    /** Python {@code continue}. */
    record Continue(Position pos) implements Stmt {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitContinue(this);
        }
    }

    /** Python {@code pass}. */
    record Pass(Position pos) implements Stmt {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitPass(this);
        }
    }

    /** Python {@code global a, b} and {@code nonlocal a, b} ({@code nonlocal} true). */
    record Global(List<String> names, boolean nonlocal, Position pos) implements Stmt {
        public Global {
            names = List.copyOf(names);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitGlobal(this);
        }
    }

    /** Python {@code del a, b[i], c.x}. */
    record Delete(List<Expr> targets, Position pos) implements Stmt {
        public Delete {
            targets = List.copyOf(targets);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDelete(this);
        }
    }

    /** Python {@code assert condition, message}; {@code message} is optional. */
    record Assert(Expr condition, Expr message, Position pos) implements Stmt {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAssert(this);
        }
    }

    /**
     * An import of names from a module or package: Scala {@code import a.b.C} (path {@code [a, b]}, names
     * {@code [C]}), {@code import a.b.{C, D => E, _}} ({@code wildcard} true), {@code import a.b._} (no names,
     * wildcard); Python {@code from a.b import c as d} and {@code from m import *}. Python relative imports keep
     * their leading dots in the first path element. Checked at compile time against what the registries provide.
     */
    record Import(List<String> path, List<ImportedName> names, boolean wildcard, Position pos) implements Stmt {
        public Import {
            path = List.copyOf(path);
            names = List.copyOf(names);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitImport(this);
        }
    }

    /**
     * Python {@code import a.b} (binds {@code a}) and {@code import a.b as c} (binds {@code c} to module
     * {@code a.b}); {@code import a, b} is two ImportModule statements. {@code alias} is null without {@code as}.
     */
    record ImportModule(List<String> path, String alias, Position pos) implements Stmt {
        public ImportModule {
            path = List.copyOf(path);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitImportModule(this);
        }
    }

    /**
     * A class-like definition: Scala {@code object X extends App { }}, {@code case class Word(w: String, n: Int)},
     * {@code class C(a: Int) extends B(a) with T { }}, {@code trait T { }}, {@code case object O}; Python
     * {@code class C(Base): ...}. {@code params} are the Scala constructor parameters (each readable as a field of
     * the instance), empty otherwise. {@code parents} are the Scala {@code extends}/{@code with} types and Python
     * bases as expressions ({@link Expr.Name}/{@link Expr.Select}, or a {@link Expr.Call} when Scala passes
     * constructor arguments). {@code extendsApp} is set for {@code object X extends App}: its body is the program's
     * main code.
     */
    record ClassDef(ClassKind kind, String name, List<Param> params, List<Expr> parents, boolean extendsApp,
            List<Stmt> body, List<Expr> decorators, Position pos) implements Stmt {
        public ClassDef {
            params = List.copyOf(params);
            parents = List.copyOf(parents);
            body = List.copyOf(body);
            decorators = List.copyOf(decorators);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitClassDef(this);
        }
    }

    /** Scala {@code package a.b} (accepted and recorded; it does not affect name lookup in a single file). */
    record Package(List<String> path, Position pos) implements Stmt {
        public Package {
            path = List.copyOf(path);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitPackage(this);
        }
    }

    /** One method per statement kind, so walkers (resolver, compiler) are checked for completeness. */
    interface Visitor<R> {
        R visitExprStmt(ExprStmt s);

        R visitValDef(ValDef s);

        R visitAssign(Assign s);

        R visitAugAssign(AugAssign s);

        R visitDef(Def s);

        R visitReturn(Return s);

        R visitIf(If s);

        R visitWhile(While s);

        R visitFor(For s);

        R visitBreak(Break s);

        R visitContinue(Continue s);

        R visitPass(Pass s);

        R visitGlobal(Global s);

        R visitDelete(Delete s);

        R visitAssert(Assert s);

        R visitImport(Import s);

        R visitImportModule(ImportModule s);

        R visitClassDef(ClassDef s);

        R visitPackage(Package s);
    }
}
