package dev.streamlab.lang.ast;

import java.util.List;

/**
 * Expressions of both dialects. Lists held by nodes are never null (empty instead); fields documented as optional
 * are null when absent. Scala constructs that are statements only in this AST ({@code while}, assignment,
 * {@code return}, local {@code def}) are written in expression position as a {@link Block} holding the statement
 * and a {@code UNIT} literal. Scala for-comprehensions do not appear: the Scala parser desugars them into
 * {@link MethodCall}s of {@code foreach}, {@code map}, {@code flatMap} and {@code withFilter} with {@link Lambda}
 * arguments, as scalac does; Scala {@code _} placeholders are likewise expanded into {@link Lambda}s.
 */
public sealed interface Expr extends Node {

    <R> R accept(Visitor<R> visitor);

    /**
     * A literal: numbers, strings, chars, booleans, Scala {@code null} and {@code ()}, Python {@code None}. See
     * {@link LiteralKind} for the Java value each kind holds.
     */
    record Literal(LiteralKind kind, Object value, Position pos) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLiteral(this);
        }
    }

    /**
     * A bare name: a local, a parameter, a member of the enclosing Scala object or class (used without
     * {@code this.}), a global or imported name ({@code println}, {@code Some}, {@code Nil}, {@code None} in
     * Scala, {@code len} in Python).
     */
    record Name(String name, Position pos) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitName(this);
        }
    }

    /** Scala {@code this} (Python's {@code self} is an ordinary parameter name). */
    record This(Position pos) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitThis(this);
        }
    }

    /**
     * Member access without an argument list: Scala {@code t._1}, {@code xs.length}, {@code System.out} (the dialect
     * decides whether it reads a field or calls a parameterless method), Python {@code obj.attr} (a bound method if
     * the attribute is one). Position is that of the member name.
     */
    record Select(Expr receiver, String name, Position pos) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSelect(this);
        }
    }

    /**
     * A call of a named member on a receiver: Scala {@code a.m(x)}, {@code a.m[T](x)}, {@code a.m { x => }},
     * infix {@code a max b} and the symbolic operators that are methods ({@code ::} is called on its right operand);
     * Python {@code obj.m(x, k=1)}. Scala type arguments are kept as written ({@code x.asInstanceOf[Int]} with no
     * argument list is a MethodCall with empty args). Position is that of the member name.
     */
    record MethodCall(Expr receiver, String name, List<String> typeArgs, List<Arg> args, Position pos)
            implements Expr {
        public MethodCall {
            typeArgs = List.copyOf(typeArgs);
            args = List.copyOf(args);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMethodCall(this);
        }
    }

    /**
     * A call of a value: Python {@code f(x)}, Scala {@code f(x)} and {@code Some(1)}. Scala's {@code xs(0)} and
     * {@code m("k")} are Calls too: calling a collection means its {@code apply}; the runtime dispatches on the
     * callee's value. A curried call {@code f(a)(b)} is a Call whose callee is a Call. Scala type arguments are
     * kept as written ({@code Array[Int](1, 2)}, {@code Map[String, Int]()}); {@code classOf[T]} is a Call of
     * {@code classOf} with type argument {@code T} and no arguments.
     */
    record Call(Expr callee, List<String> typeArgs, List<Arg> args, Position pos) implements Expr {
        public Call {
            typeArgs = List.copyOf(typeArgs);
            args = List.copyOf(args);
        }

        public Call(Expr callee, List<Arg> args, Position pos) {
            this(callee, List.of(), args, pos);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCall(this);
        }
    }

    /**
     * Python subscription {@code a[i]}, {@code d["k"]}, {@code a[1:3]} (index is a {@link Slice}),
     * {@code a[i, j]} (index is a {@link TupleExpr}).
     */
    record Index(Expr target, Expr index, Position pos) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIndex(this);
        }
    }

    /** Python slice {@code lower:upper:step}, only as an {@link Index}'s index; each part is optional. */
    record Slice(Expr lower, Expr upper, Expr step, Position pos) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSlice(this);
        }
    }

    /** Prefix operator: Scala {@code -x}, {@code !b}; Python {@code -x}, {@code not b}, {@code ~x}. */
    record Unary(UnaryOp op, Expr operand, Position pos) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnary(this);
        }
    }

    /**
     * Arithmetic, bitwise and single comparison operators of both dialects (Python {@code a < b} too). Position is
     * that of the operator.
     */
    record Binary(Expr left, BinaryOp op, Expr right, Position pos) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBinary(this);
        }
    }

    /**
     * Python's chained comparison {@code a < b <= c} (two or more operators): each operand is evaluated once and
     * evaluation stops at the first false link. {@code ops.size() == operands.size() - 1}.
     */
    record CompareChain(List<Expr> operands, List<BinaryOp> ops, Position pos) implements Expr {
        public CompareChain {
            operands = List.copyOf(operands);
            ops = List.copyOf(ops);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCompareChain(this);
        }
    }

    /** Short-circuit Scala {@code &&}/{@code ||}, Python {@code and}/{@code or}. */
    record Logical(Expr left, LogicalOp op, Expr right, Position pos) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLogical(this);
        }
    }

    /**
     * Conditional expression: Scala {@code if (c) a else b}, Python {@code a if c else b}. A Scala {@code if}
     * without {@code else} has a {@code UNIT} literal as {@code otherwise}. (Python's {@code if} statement is
     * {@link Stmt.If}.)
     */
    record If(Expr condition, Expr then, Expr otherwise, Position pos) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIf(this);
        }
    }

    /**
     * An anonymous function: Scala {@code x => e}, {@code (a: Int, b: Int) => e}, {@code () => e}, expanded
     * placeholder lambdas ({@code _ + _} becomes {@code (x$1, x$2) => x$1 + x$2}); Python {@code lambda a, b=1, *r: e}.
     */
    record Lambda(List<Param> params, Expr body, Position pos) implements Expr {
        public Lambda {
            params = List.copyOf(params);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLambda(this);
        }
    }

    /**
     * Scala pattern-matching anonymous function {@code { case (k, v) => ... }}. Called with one argument it matches
     * that argument; called with several (where Scala expects a Function2, e.g. {@code reduceByKey}) it matches the
     * tuple of them. No case matching raises {@code scala.MatchError}.
     */
    record CaseLambda(List<MatchCase> cases, Position pos) implements Expr {
        public CaseLambda {
            cases = List.copyOf(cases);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCaseLambda(this);
        }
    }

    /** A tuple: Scala {@code (a, b)}, Python {@code (a, b)}, {@code a, b}, {@code (a,)}, {@code ()}. */
    record TupleExpr(List<Expr> items, Position pos) implements Expr {
        public TupleExpr {
            items = List.copyOf(items);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTuple(this);
        }
    }

    /** Python list display {@code [a, b, *rest]} (Scala's {@code List(a, b)} is a {@link Call}). */
    record ListExpr(List<Expr> items, Position pos) implements Expr {
        public ListExpr {
            items = List.copyOf(items);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitList(this);
        }
    }

    /** Python set display {@code {a, b}}. */
    record SetExpr(List<Expr> items, Position pos) implements Expr {
        public SetExpr {
            items = List.copyOf(items);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSet(this);
        }
    }

    /** Python dict display {@code {k: v, **other}}. */
    record DictExpr(List<DictEntry> entries, Position pos) implements Expr {
        public DictExpr {
            entries = List.copyOf(entries);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDict(this);
        }
    }

    /**
     * Python comprehension {@code [e for x in xs if p for y in ys]}, set, dict ({@code value} set, {@code element} is
     * the key) and generator forms; {@code value} is null except for DICT. Clauses run in source order, the first
     * being a {@code for}.
     */
    record Comprehension(ComprehensionKind kind, Expr element, Expr value, List<ComprehensionClause> clauses,
            Position pos) implements Expr {
        public Comprehension {
            clauses = List.copyOf(clauses);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitComprehension(this);
        }
    }

    /** Python starred item {@code *xs} inside a list, tuple or set display or an assignment target list. */
    record Starred(Expr value, Position pos) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitStarred(this);
        }
    }

    /**
     * A Scala block {@code { stats; result }}: statements run in order in a new scope, then {@code result} is the
     * block's value (a {@code UNIT} literal when the block ends with a definition or is empty). Also the body of
     * every Python def ({@code result} a {@code NONE} literal) and of Python try/except clauses.
     */
    record Block(List<Stmt> statements, Expr result, Position pos) implements Expr {
        public Block {
            statements = List.copyOf(statements);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBlock(this);
        }
    }

    /**
     * Scala instance creation {@code new SparkConf()}, {@code new StreamingContext(conf, Seconds(1))},
     * {@code new Array[Int](5)}: the class name as written (dotted if qualified), type arguments as written.
     */
    record New(String className, List<String> typeArgs, List<Arg> args, Position pos) implements Expr {
        public New {
            typeArgs = List.copyOf(typeArgs);
            args = List.copyOf(args);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNew(this);
        }
    }

    /** Scala {@code scrutinee match { case p if g => e ... }}; no case matching raises {@code scala.MatchError}. */
    record Match(Expr scrutinee, List<MatchCase> cases, Position pos) implements Expr {
        public Match {
            cases = List.copyOf(cases);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMatch(this);
        }
    }

    /**
     * Scala {@code try e catch { case ... } finally f} (an expression) and Python's
     * {@code try/except/else/finally} statement (written as an expression statement). {@code handlers} match the
     * thrown exception value; a Python {@code except:} with no type is a {@link Pattern.Wildcard}. {@code orElse}
     * (Python {@code else:}) and {@code finallyBody} are optional.
     */
    record Try(Expr body, List<MatchCase> handlers, Expr orElse, Expr finallyBody, Position pos) implements Expr {
        public Try {
            handlers = List.copyOf(handlers);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTry(this);
        }
    }

    /**
     * Scala {@code throw e} (an expression of type Nothing) and Python {@code raise e from cause} (written as an
     * expression statement). A bare Python {@code raise} re-raises: {@code exception} is null. {@code cause} is
     * optional.
     */
    record Throw(Expr exception, Expr cause, Position pos) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitThrow(this);
        }
    }

    /**
     * An interpolated string: Scala {@code s"..$x ${e}.."}, {@code f"$x%.2f"}, {@code raw"..."}; Python f-strings.
     * Parsers do not desugar these: they produce the parts, and the dialect formats each hole.
     */
    record Interpolation(InterpolationKind kind, List<InterpolationPart> parts, Position pos) implements Expr {
        public Interpolation {
            parts = List.copyOf(parts);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitInterpolation(this);
        }
    }

    /**
     * Python {@code yield e}, {@code yield} ({@code value} null) and {@code yield from e} ({@code delegate} true). A
     * def containing one is a generator.
     */
    record Yield(Expr value, boolean delegate, Position pos) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitYield(this);
        }
    }

    /**
     * Scala eta-expansion {@code f _} / {@code obj.m _}: the function a method names, never its result (a bare
     * parameterless def {@code f} is called; {@code f _} is {@code () => f}).
     */
    record MethodValue(Expr method, Position pos) implements Expr {
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMethodValue(this);
        }
    }

    /** One method per expression kind, so walkers (resolver, compiler) are checked for completeness. */
    interface Visitor<R> {
        R visitLiteral(Literal e);

        R visitName(Name e);

        R visitThis(This e);

        R visitSelect(Select e);

        R visitMethodCall(MethodCall e);

        R visitCall(Call e);

        R visitIndex(Index e);

        R visitSlice(Slice e);

        R visitUnary(Unary e);

        R visitBinary(Binary e);

        R visitCompareChain(CompareChain e);

        R visitLogical(Logical e);

        R visitIf(If e);

        R visitLambda(Lambda e);

        R visitCaseLambda(CaseLambda e);

        R visitTuple(TupleExpr e);

        R visitList(ListExpr e);

        R visitSet(SetExpr e);

        R visitDict(DictExpr e);

        R visitComprehension(Comprehension e);

        R visitStarred(Starred e);

        R visitBlock(Block e);

        R visitNew(New e);

        R visitMatch(Match e);

        R visitTry(Try e);

        R visitThrow(Throw e);

        R visitInterpolation(Interpolation e);

        R visitYield(Yield e);

        R visitMethodValue(MethodValue e);
    }
}
