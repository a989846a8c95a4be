package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.Arg;
import dev.streamlab.lang.ast.ArgKind;
import dev.streamlab.lang.ast.BinaryOp;
import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.LogicalOp;
import dev.streamlab.lang.ast.Param;
import dev.streamlab.lang.ast.ParamKind;
import dev.streamlab.lang.ast.Position;
import dev.streamlab.lang.ast.Stmt;
import dev.streamlab.lang.ast.UnaryOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads Scala expressions. Placeholders follow scalac: every {@link #expr()} is a boundary that turns the
 * {@code _}s found inside it into the parameters of a lambda, unless the expression is itself a bare {@code _}, in
 * which case the enclosing expression binds it ({@code f(_)} means {@code x => f(x)}).
 */
final class ExpressionParser {

    /**
     * The members whose type argument is their meaning; any other {@code x.m[T]} without arguments is the
     * parameterless member itself ({@code Seq.empty[(String, Int)]}, {@code sc.emptyRDD[String]}).
     */
    private static final Set<String> TYPE_TESTS = Set.of("isInstanceOf", "asInstanceOf");

    private static final Map<String, UnaryOp> PREFIX = Map.of("-", UnaryOp.NEGATE, "+", UnaryOp.PLUS,
            "!", UnaryOp.NOT, "~", UnaryOp.BIT_NOT);

    private final TokenCursor cursor;
    private final TypeParser types;
    private final StatementParser statements;
    private final FreshNames names;
    private final Interpolations interpolations;
    private final LambdaParameters lambdas;
    private final ControlExpressions controls;
    private final DefSignatures signatures;
    private List<Param> placeholders = new ArrayList<>();
    /** The by-name parameters of the def being read: each use evaluates the argument again. */
    private Set<String> byName = Set.of();

    ExpressionParser(TokenCursor cursor, TypeParser types, PatternParser patterns, StatementParser statements,
            FreshNames names, DefSignatures signatures) {
        this.cursor = cursor;
        this.signatures = signatures;
        this.types = types;
        this.statements = statements;
        this.names = names;
        this.interpolations = new Interpolations(cursor);
        this.lambdas = new LambdaParameters(cursor, types, names);
        this.controls = new ControlExpressions(cursor, patterns, statements, this, names);
    }

    /** An expression; a statement-only form in its place (assignment, while) becomes a block returning unit. */
    Expr expr() {
        return asExpression(statementExpr());
    }

    static Expr asExpression(Stmt statement) {
        if (statement instanceof Stmt.ExprStmt expression) {
            return expression.expr();
        }
        return new Expr.Block(List.of(statement), Literals.unit(statement.pos()), statement.pos());
    }

    /** An expression as a statement: assignments, loops and {@code return} stay statements. */
    Stmt statementExpr() {
        cursor.descend();
        List<Param> enclosing = placeholders;
        placeholders = new ArrayList<>();
        try {
            Stmt statement = statementExpr0();
            if (!placeholders.isEmpty() && statement instanceof Stmt.ExprStmt expression
                    && !isBarePlaceholder(expression.expr())) {
                Expr lambda = new Expr.Lambda(placeholders, expression.expr(), expression.pos());
                placeholders = new ArrayList<>();
                statement = new Stmt.ExprStmt(lambda, expression.pos());
            }
            enclosing.addAll(placeholders);
            return statement;
        } finally {
            placeholders = enclosing;
            cursor.ascend();
        }
    }

    private boolean isBarePlaceholder(Expr expr) {
        return expr instanceof Expr.Name name && placeholders.stream().anyMatch(p -> p.name().equals(name.name()));
    }

    private Stmt statementExpr0() {
        Position pos = cursor.position();
        switch (cursor.current().kind()) {
            case WHILE:
                return controls.whileLoop();
            case DO:
                return controls.doWhileLoop();
            case RETURN:
                cursor.advance();
                return new Stmt.Return(atExpressionEnd() ? null : expr(), pos);
            case THROW:
                cursor.advance();
                return new Stmt.ExprStmt(new Expr.Throw(expr(), null, pos), pos);
            default:
                break;
        }
        if (lambdas.atLambda()) {
            List<Param> params = lambdas.lambdaParameters();
            cursor.expect(TokenKind.ARROW, "scala.syntax.expected.arrow");
            return new Stmt.ExprStmt(new Expr.Lambda(params, expr(), pos), pos);
        }
        Expr expr = postfixExpr();
        if (cursor.at(TokenKind.EQUALS)) {
            Token equals = cursor.advance();
            checkAssignable(expr, equals);
            return new Stmt.Assign(List.of(expr), expr(), pos);
        }
        if (cursor.at(TokenKind.IDENTIFIER) && Operators.isAssignment(cursor.current().text())
                && !cursor.atNewlineSeparator()) {
            Token operator = cursor.advance();
            String name = operator.text().substring(0, operator.text().length() - 1);
            BinaryOp op = Operators.binary(name);
            List<Expr> operands = name.equals("+") || name.equals("-") ? severalOperands() : null;
            Expr value = operands == null ? expr() : operands.get(0);
            if (op == null) {
                return new Stmt.ExprStmt(new Expr.MethodCall(expr, operator.text(), List.of(),
                        List.of(Arg.positional(value)), TokenCursor.positionOf(operator)), pos);
            }
            checkAssignable(expr, operator);
            return operands == null ? new Stmt.AugAssign(expr, op, value, pos)
                    : new Stmt.AugAssign(expr, op, value, operands.subList(1, operands.size()), pos);
        }
        if (cursor.at(TokenKind.COLON) && !isSpreadAhead()) {
            Position colon = TokenCursor.positionOf(cursor.advance());
            String type = types.infixType();
            typePlaceholder(expr, type);
            expr = widened(expr, type, colon);
        }
        return new Stmt.ExprStmt(expr, pos);
    }

    /**
     * The operands of Scala 2.13's {@code b += (1, 2, 3)}, which calls {@code +=(elem1, elem2, elems*)} and adds
     * each, or null when the operand is one expression: {@code b += ((1, 2))} adds one tuple, {@code n += (a + b) * 2}
     * one number.
     */
    private List<Expr> severalOperands() {
        if (!cursor.at(TokenKind.LEFT_PAREN) || cursor.peek(1).is(TokenKind.RIGHT_PAREN)) {
            return null;
        }
        int mark = cursor.mark();
        Token open = cursor.advance();
        List<Expr> items = new ArrayList<>();
        do {
            items.add(expr());
        } while (cursor.accept(TokenKind.COMMA) && !cursor.at(TokenKind.RIGHT_PAREN));
        cursor.expectClosing(TokenKind.RIGHT_PAREN, "scala.syntax.unclosed.tupleElements", open);
        if (items.size() > 1 && atOperandsEnd()) {
            return items;
        }
        cursor.reset(mark);
        return null;
    }

    private boolean atOperandsEnd() {
        return cursor.atStatementEnd() || cursor.current().followsNewline() || cursor.at(TokenKind.RIGHT_BRACE)
                || cursor.at(TokenKind.RIGHT_PAREN) || cursor.at(TokenKind.END_OF_INPUT) || cursor.at(TokenKind.ELSE)
                || cursor.at(TokenKind.CASE);
    }

    private void checkAssignable(Expr target, Token operator) {
        if (!(target instanceof Expr.Name || target instanceof Expr.Select || target instanceof Expr.Call)) {
            throw cursor.error(operator, "scala.syntax.cannotAssign", operator.text());
        }
    }

    private boolean atExpressionEnd() {
        return cursor.atStatementEnd() || !cursor.canBeginExpression();
    }

    private boolean isSpreadAhead() {
        return cursor.peek(1).is(TokenKind.UNDERSCORE) && cursor.peek(2).isIdentifier("*");
    }

    /** {@code (n: Double)} widens an Int as Scala's numeric widening does; other ascriptions leave the value as it is. */
    private static Expr widened(Expr expr, String type, Position pos) {
        return switch (type.trim()) {
            case "Double", "Long", "Float" -> new Expr.MethodCall(expr, "to" + type.trim(), List.of(), List.of(), pos);
            default -> expr;
        };
    }

    private void typePlaceholder(Expr expr, String type) {
        if (expr instanceof Expr.Name name) {
            for (int i = 0; i < placeholders.size(); i++) {
                Param param = placeholders.get(i);
                if (param.name().equals(name.name())) {
                    placeholders.set(i, new Param(param.name(), ParamKind.REGULAR, null, type, param.pos()));
                }
            }
        }
    }

    /** An infix expression, optionally followed by {@code match} clauses. */
    Expr postfixExpr() {
        Expr expr = infix(0);
        while (cursor.at(TokenKind.MATCH)) {
            Position pos = TokenCursor.positionOf(cursor.advance());
            expr = new Expr.Match(expr, controls.caseBlock(), pos);
        }
        return expr;
    }

    private Expr infix(int minimumPrecedence) {
        cursor.descend();
        try {
            Expr left = prefixExpr();
            while (atInfixOperator()) {
                String operator = cursor.current().text();
                int precedence = Operators.precedence(operator);
                if (precedence < minimumPrecedence) {
                    break;
                }
                Token token = cursor.advance();
                if (operator.equals("...") && !cursor.canBeginExpression()) {
                    return new Expr.Select(left, operator, TokenCursor.positionOf(token));
                }
                boolean rightAssociative = Operators.isRightAssociative(operator);
                Expr right = infix(rightAssociative ? precedence : precedence + 1);
                left = infixNode(left, token, right);
            }
            return left;
        } finally {
            cursor.ascend();
        }
    }

    private boolean atInfixOperator() {
        return cursor.at(TokenKind.IDENTIFIER) && !cursor.atNewlineSeparator()
                && !Operators.isAssignment(cursor.current().text());
    }

    /**
     * A parenthesised right operand stays one tuple argument ({@code word -> (n, 1)}): Scala 2 would spread it over
     * a method of several parameters, but student code means the tuple far more often.
     */
    private static Expr infixNode(Expr left, Token operator, Expr right) {
        Position pos = TokenCursor.positionOf(operator);
        String name = operator.text();
        if (name.equals("&&") || name.equals("||")) {
            return new Expr.Logical(left, name.equals("&&") ? LogicalOp.AND : LogicalOp.OR, right, pos);
        }
        BinaryOp op = Operators.binary(name);
        if (op != null) {
            return new Expr.Binary(left, op, right, pos);
        }
        if (Operators.isRightAssociative(name)) {
            return new Expr.MethodCall(right, name, List.of(), List.of(Arg.positional(left)), pos);
        }
        return new Expr.MethodCall(left, name, List.of(), List.of(Arg.positional(right)), pos);
    }

    private Expr prefixExpr() {
        Token token = cursor.current();
        UnaryOp op = token.is(TokenKind.IDENTIFIER) ? PREFIX.get(token.text()) : null;
        if (op == null || !startsSimpleExpression(cursor.peek(1))) {
            return simpleExpr();
        }
        Position pos = cursor.position();
        cursor.advance();
        if (op == UnaryOp.NEGATE && Literals.isNumber(cursor.current())) {
            return simpleExprRest(Literals.literal(cursor.advance(), true, pos, cursor));
        }
        return new Expr.Unary(op, simpleExpr(), pos);
    }

    private static boolean startsSimpleExpression(Token token) {
        return switch (token.kind()) {
            case IDENTIFIER -> !token.isSymbolicIdentifier();
            case THIS, NULL, TRUE, FALSE, UNDERSCORE, LEFT_PAREN, LEFT_BRACE, NEW -> true;
            default -> token.kind().isLiteral();
        };
    }

    private Expr simpleExpr() {
        Token token = cursor.current();
        Position pos = cursor.position();
        Expr base = switch (token.kind()) {
            case IF -> controls.ifExpr();
            case FOR -> controls.forExpr();
            case TRY -> controls.tryExpr();
            case INTERPOLATED_STRING -> interpolations.interpolation(cursor.advance(), this::spliceParser);
            case IDENTIFIER -> {
                Expr.Name name = new Expr.Name(cursor.advance().text(), pos);
                yield byName.contains(name.name()) ? new Expr.Call(new Expr.Name(DefSignatures.FORCE, pos), List.of(),
                        List.of(Arg.positional(name)), pos) : name;
            }
            case THIS -> {
                cursor.advance();
                yield new Expr.This(pos);
            }
            case UNDERSCORE -> {
                cursor.advance();
                Param param = Param.of(names.next(), pos);
                placeholders.add(param);
                yield new Expr.Name(param.name(), pos);
            }
            case LEFT_PAREN -> parenthesised();
            case LEFT_BRACE -> blockExpr();
            case NEW -> newExpr();
            case SUPER -> throw cursor.error(token, "scala.syntax.super");
            default -> {
                if (token.kind().isLiteral() || token.is(TokenKind.TRUE) || token.is(TokenKind.FALSE)
                        || token.is(TokenKind.NULL)) {
                    cursor.advance();
                    yield Literals.literal(token, false, pos, cursor);
                }
                throw missingExpression(token);
            }
        };
        if (token.is(TokenKind.IF) || token.is(TokenKind.FOR) || token.is(TokenKind.TRY)) {
            return base;
        }
        return simpleExprRest(base);
    }

    private ScalaSyntaxException missingExpression(Token token) {
        String key = switch (token.kind()) {
            case RIGHT_PAREN, RIGHT_BRACE, RIGHT_BRACKET, COMMA, END_OF_INPUT -> "scala.syntax.expressionExpected.closer";
            case VAL, VAR, DEF -> "scala.syntax.expressionExpected.definition";
            case ELSE -> "scala.syntax.expressionExpected.else";
            default -> "scala.syntax.expressionExpected";
        };
        return cursor.unexpected(key);
    }

    private Expr simpleExprRest(Expr start) {
        Expr expr = start;
        while (true) {
            Token token = cursor.current();
            if (token.is(TokenKind.DOT)) {
                cursor.advance();
                expr = member(expr);
            } else if (token.is(TokenKind.LEFT_BRACKET)) {
                expr = typeApplication(expr);
            } else if (atArguments()) {
                expr = signatures.apply(expr, arguments(), expr.pos());
            } else if (token.is(TokenKind.UNDERSCORE) && !token.followsNewline()
                    && !cursor.peek(1).isIdentifier("*")) {
                cursor.advance();
                return new Expr.MethodValue(expr, expr.pos());
            } else {
                return expr;
            }
        }
    }

    private Expr member(Expr receiver) {
        Token name = cursor.current();
        if (!name.is(TokenKind.IDENTIFIER) && !name.is(TokenKind.TYPE)) {
            throw cursor.unexpected("scala.syntax.expected.memberName");
        }
        cursor.advance();
        Position pos = TokenCursor.positionOf(name);
        List<String> typeArgs = cursor.at(TokenKind.LEFT_BRACKET) ? types.typeArguments() : List.of();
        if (atArguments()) {
            return new Expr.MethodCall(receiver, name.text(), typeArgs,
                    signatures.methodArguments(receiver, name.text(), arguments()), pos);
        }
        if (!typeArgs.isEmpty() && TYPE_TESTS.contains(name.text())) {
            return new Expr.MethodCall(receiver, name.text(), typeArgs, List.of(), pos);
        }
        return new Expr.Select(receiver, name.text(), pos);
    }

    /** {@code Map[String, Int](...)}, {@code classOf[T]}: a call keeping its type arguments. */
    private Expr typeApplication(Expr callee) {
        List<String> typeArgs = types.typeArguments();
        if (callee instanceof Expr.Name name && name.name().equals("implicitly") && typeArgs.size() == 1
                && typeArgs.get(0).startsWith("Ordering[") && typeArgs.get(0).endsWith("]")) {
            // the implicit Ordering[T] in scope is what Ordering[T] gives (ImplicitParameters)
            String ordered = typeArgs.get(0).substring("Ordering[".length(), typeArgs.get(0).length() - 1);
            return new Expr.Call(new Expr.Name("Ordering", name.pos()), List.of(ordered), List.of(), name.pos());
        }
        List<Arg> args = atArguments() ? signatures.typedArguments(callee, arguments()) : List.of();
        return new Expr.Call(callee, typeArgs, args, callee.pos());
    }

    private boolean atArguments() {
        Token token = cursor.current();
        if (token.is(TokenKind.LEFT_PAREN)) {
            return !cursor.atNewlineSeparator();
        }
        return token.is(TokenKind.LEFT_BRACE) && token.newlinesBefore() <= 1;
    }

    /** Reads a def's body with its by-name parameters ({@code body: => Unit}) evaluated at each use. */
    Expr defBody(Set<String> byNameParameters, Supplier<Expr> body) {
        Set<String> enclosing = byName;
        byName = byNameParameters;
        try {
            return body.get();
        } finally {
            byName = enclosing;
        }
    }

    /** {@code (a, name = b, xs: _*)} or a single block argument {@code { x => ... }}. */
    List<Arg> arguments() {
        if (cursor.at(TokenKind.LEFT_BRACE)) {
            return List.of(Arg.positional(blockExpr()));
        }
        Token open = cursor.expect(TokenKind.LEFT_PAREN, "scala.syntax.expected.leftParen");
        List<Arg> args = new ArrayList<>();
        if (!cursor.at(TokenKind.RIGHT_PAREN)) {
            do {
                args.add(argument());
            } while (cursor.accept(TokenKind.COMMA));
        }
        cursor.expectClosing(TokenKind.RIGHT_PAREN, "scala.syntax.unclosed.arguments", open);
        return args;
    }

    private Arg argument() {
        Position pos = cursor.position();
        if (cursor.at(TokenKind.IDENTIFIER) && cursor.peek(1).is(TokenKind.EQUALS)) {
            String keyword = cursor.advance().text();
            cursor.advance();
            return Arg.keyword(keyword, expr(), pos);
        }
        Expr value = expr();
        if (cursor.at(TokenKind.COLON) && isSpreadAhead()) {
            cursor.advance();
            cursor.advance();
            cursor.advance();
            return new Arg(ArgKind.SPREAD, null, value, pos);
        }
        return Arg.positional(value);
    }

    private Expr parenthesised() {
        Position pos = cursor.position();
        Token open = cursor.advance();
        if (cursor.accept(TokenKind.RIGHT_PAREN)) {
            return Literals.unit(pos);
        }
        List<Expr> items = new ArrayList<>();
        do {
            if (cursor.at(TokenKind.RIGHT_PAREN)) {
                break;
            }
            items.add(expr());
        } while (cursor.accept(TokenKind.COMMA));
        cursor.expectClosing(TokenKind.RIGHT_PAREN, "scala.syntax.unclosed.tupleElements", open);
        return items.size() == 1 ? items.get(0) : new Expr.TupleExpr(items, pos);
    }

    /** {@code { stats }}, {@code { case p => ... }} or a block lambda {@code { (a, b) => stats }}. */
    Expr blockExpr() {
        Position pos = cursor.position();
        Token open = cursor.expect(TokenKind.LEFT_BRACE, "scala.syntax.expected.leftBrace");
        Expr result;
        if (cursor.at(TokenKind.CASE) && !cursor.peek(1).is(TokenKind.CLASS) && !cursor.peek(1).is(TokenKind.OBJECT)) {
            result = new Expr.CaseLambda(controls.caseClauses(), pos);
        } else if (lambdas.atLambda() || lambdas.atTypedBlockLambda()) {
            Position lambdaPos = cursor.position();
            List<Param> params = lambdas.atTypedBlockLambda() ? List.of(lambdas.typedBlockParameter())
                    : lambdas.lambdaParameters();
            cursor.expect(TokenKind.ARROW, "scala.syntax.expected.lambdaArrow");
            result = new Expr.Lambda(params, block(statements.blockStatements(), lambdaPos), lambdaPos);
        } else {
            result = block(statements.blockStatements(), pos);
        }
        cursor.expectClosing(TokenKind.RIGHT_BRACE, "scala.syntax.unclosed.block", open);
        return result;
    }

    static Expr block(List<Stmt> stats, Position pos) {
        if (!stats.isEmpty() && stats.get(stats.size() - 1) instanceof Stmt.ExprStmt last) {
            if (stats.size() == 1) {
                return last.expr();
            }
            return new Expr.Block(stats.subList(0, stats.size() - 1), last.expr(), pos);
        }
        return new Expr.Block(stats, Literals.unit(pos), pos);
    }

    private Expr newExpr() {
        Position pos = TokenCursor.positionOf(cursor.advance());
        StringBuilder className = new StringBuilder(cursor.expectIdentifier("scala.syntax.expected.className"));
        while (cursor.at(TokenKind.DOT) && cursor.peek(1).is(TokenKind.IDENTIFIER)) {
            cursor.advance();
            className.append('.').append(cursor.advance().text());
        }
        List<String> typeArgs = cursor.at(TokenKind.LEFT_BRACKET) ? types.typeArguments() : List.of();
        List<Arg> args = cursor.at(TokenKind.LEFT_PAREN) && !cursor.atNewlineSeparator() ? arguments() : List.of();
        if (cursor.at(TokenKind.LEFT_BRACE) && !cursor.current().followsNewline()
                || cursor.at(TokenKind.WITH)) {
            throw cursor.error(cursor.current(), "scala.syntax.anonymousClass");
        }
        return new Expr.New(className.toString(), typeArgs, args, pos);
    }

    private ExpressionParser spliceParser(List<Token> tokens) {
        ExpressionParser splice = StatementParser.over(new TokenCursor(tokens, cursor.source(), cursor.nesting()),
                names, signatures).expressions();
        splice.byName = byName;
        return splice;
    }

    /** A spliced {@code ${...}}: statements up to the end of the splice, as one expression. */
    Expr splice(Position pos) {
        Expr expr = block(statements.blockStatements(), pos);
        if (!cursor.at(TokenKind.END_OF_INPUT)) {
            throw cursor.unexpected("scala.syntax.unclosed.splice");
        }
        return expr;
    }
}
