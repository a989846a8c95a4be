package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.Arg;
import dev.streamlab.lang.ast.ArgKind;
import dev.streamlab.lang.ast.BinaryOp;
import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.LiteralKind;
import dev.streamlab.lang.ast.LogicalOp;
import dev.streamlab.lang.ast.MatchCase;
import dev.streamlab.lang.ast.Param;
import dev.streamlab.lang.ast.ParamKind;
import dev.streamlab.lang.ast.Pattern;
import dev.streamlab.lang.ast.Position;
import dev.streamlab.lang.ast.Stmt;
import dev.streamlab.lang.ast.UnaryOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads Scala expressions. Placeholders follow scalac: every {@link #expr()} is a boundary that turns the
 * {@code _}s found inside it into the parameters of a lambda, unless the expression is itself a bare {@code _}, in
 * which case the enclosing expression binds it ({@code f(_)} means {@code x => f(x)}).
 */
final class ExpressionParser {

    private static final int MAX_ENUMERATORS = 64;
    private static final Map<String, UnaryOp> PREFIX = Map.of("-", UnaryOp.NEGATE, "+", UnaryOp.PLUS,
            "!", UnaryOp.NOT, "~", UnaryOp.BIT_NOT);

    private final TokenCursor cursor;
    private final TypeParser types;
    private final PatternParser patterns;
    private final StatementParser statements;
    private final FreshNames names;
    private final ForComprehensions forComprehensions;
    private final Interpolations interpolations;
    private List<Param> placeholders = new ArrayList<>();

    ExpressionParser(TokenCursor cursor, TypeParser types, PatternParser patterns, StatementParser statements,
            FreshNames names) {
        this.cursor = cursor;
        this.types = types;
        this.patterns = patterns;
        this.statements = statements;
        this.names = names;
        this.forComprehensions = new ForComprehensions(names);
        this.interpolations = new Interpolations(cursor);
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
                return whileLoop();
            case DO:
                return doWhileLoop();
            case RETURN:
                cursor.advance();
                return new Stmt.Return(atExpressionEnd() ? null : expr(), pos);
            case THROW:
                cursor.advance();
                return new Stmt.ExprStmt(new Expr.Throw(expr(), null, pos), pos);
            default:
                break;
        }
        if (atLambda()) {
            List<Param> params = lambdaParameters();
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
            Expr value = expr();
            if (op == null) {
                return new Stmt.ExprStmt(new Expr.MethodCall(expr, operator.text(), List.of(),
                        List.of(Arg.positional(value)), TokenCursor.positionOf(operator)), pos);
            }
            checkAssignable(expr, operator);
            return new Stmt.AugAssign(expr, op, value, pos);
        }
        if (cursor.at(TokenKind.COLON) && !isSpreadAhead()) {
            cursor.advance();
            String type = types.infixType();
            typePlaceholder(expr, type);
        }
        return new Stmt.ExprStmt(expr, pos);
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
            expr = new Expr.Match(expr, caseBlock(), pos);
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
        List<Arg> args = right instanceof Expr.TupleExpr tuple
                ? tuple.items().stream().map(Arg::positional).toList()
                : List.of(Arg.positional(right));
        return new Expr.MethodCall(left, name, List.of(), args, pos);
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
            case IF -> ifExpr();
            case FOR -> forExpr();
            case TRY -> tryExpr();
            case INTERPOLATED_STRING -> interpolations.interpolation(cursor.advance(), this::spliceParser);
            case IDENTIFIER -> new Expr.Name(cursor.advance().text(), pos);
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
            case SUPER -> throw cursor.error(token, "scala.syntax.superIsNotSupported");
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
                expr = new Expr.Call(expr, arguments(), expr.pos());
            } else if (token.is(TokenKind.UNDERSCORE) && !token.followsNewline()
                    && !cursor.peek(1).isIdentifier("*")) {
                cursor.advance();
                return expr;
            } else {
                return expr;
            }
        }
    }

    private Expr member(Expr receiver) {
        Token name = cursor.current();
        if (!name.is(TokenKind.IDENTIFIER) && !name.is(TokenKind.TYPE)) {
            throw cursor.unexpected("scala.syntax.expected.afterADotWrite");
        }
        cursor.advance();
        Position pos = TokenCursor.positionOf(name);
        List<String> typeArgs = cursor.at(TokenKind.LEFT_BRACKET) ? types.typeArguments() : List.of();
        if (atArguments()) {
            return new Expr.MethodCall(receiver, name.text(), typeArgs, arguments(), pos);
        }
        if (!typeArgs.isEmpty()) {
            return new Expr.MethodCall(receiver, name.text(), typeArgs, List.of(), pos);
        }
        return new Expr.Select(receiver, name.text(), pos);
    }

    /** {@code Map[String, Int](...)}, {@code classOf[T]}: a call keeping its type arguments. */
    private Expr typeApplication(Expr callee) {
        List<String> typeArgs = types.typeArguments();
        List<Arg> args = atArguments() ? arguments() : List.of();
        return new Expr.Call(callee, typeArgs, args, callee.pos());
    }

    private boolean atArguments() {
        Token token = cursor.current();
        if (token.is(TokenKind.LEFT_PAREN)) {
            return !cursor.atNewlineSeparator();
        }
        return token.is(TokenKind.LEFT_BRACE) && token.newlinesBefore() <= 1;
    }

    /** {@code (a, name = b, xs: _*)} or a single block argument {@code { x => ... }}. */
    List<Arg> arguments() {
        if (cursor.at(TokenKind.LEFT_BRACE)) {
            return List.of(Arg.positional(blockExpr()));
        }
        cursor.expect(TokenKind.LEFT_PAREN, "scala.syntax.expected.leftParen");
        List<Arg> args = new ArrayList<>();
        if (!cursor.at(TokenKind.RIGHT_PAREN)) {
            do {
                args.add(argument());
            } while (cursor.accept(TokenKind.COMMA));
        }
        expectClosing(TokenKind.RIGHT_PAREN, "scala.syntax.unclosed.arguments");
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

    /** Expects a closing bracket; at the end of input the key's {@code .end} variant says it was never closed. */
    private void expectClosing(TokenKind closer, String key) {
        if (!cursor.at(closer)) {
            throw cursor.unexpected(cursor.at(TokenKind.END_OF_INPUT) ? key + ".end" : key);
        }
        cursor.advance();
    }

    private Expr parenthesised() {
        Position pos = cursor.position();
        cursor.advance();
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
        expectClosing(TokenKind.RIGHT_PAREN, "scala.syntax.unclosed.tupleElements");
        return items.size() == 1 ? items.get(0) : new Expr.TupleExpr(items, pos);
    }

    /** {@code { stats }}, {@code { case p => ... }} or a block lambda {@code { (a, b) => stats }}. */
    Expr blockExpr() {
        Position pos = cursor.position();
        cursor.expect(TokenKind.LEFT_BRACE, "scala.syntax.expected.leftBrace");
        Expr result;
        if (cursor.at(TokenKind.CASE) && !cursor.peek(1).is(TokenKind.CLASS) && !cursor.peek(1).is(TokenKind.OBJECT)) {
            result = new Expr.CaseLambda(caseClauses(), pos);
        } else if (atLambda() || atTypedBlockLambda()) {
            Position lambdaPos = cursor.position();
            List<Param> params = atTypedBlockLambda() ? List.of(typedBlockParameter()) : lambdaParameters();
            cursor.expect(TokenKind.ARROW, "scala.syntax.expected.arrow2");
            result = new Expr.Lambda(params, block(statements.blockStatements(), lambdaPos), lambdaPos);
        } else {
            result = block(statements.blockStatements(), pos);
        }
        expectClosing(TokenKind.RIGHT_BRACE, "scala.syntax.unclosed.statementsOfThisBlock");
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

    private List<MatchCase> caseBlock() {
        cursor.expect(TokenKind.LEFT_BRACE, "scala.syntax.expected.afterMatchWriteCase");
        List<MatchCase> cases = caseClauses();
        expectClosing(TokenKind.RIGHT_BRACE, "scala.syntax.unclosed.caseClauses");
        return cases;
    }

    private List<MatchCase> caseClauses() {
        List<MatchCase> cases = new ArrayList<>();
        while (cursor.at(TokenKind.SEMICOLON)) {
            cursor.advance();
        }
        if (!cursor.at(TokenKind.CASE)) {
            throw cursor.unexpected("scala.syntax.expected.aMatchBlockHolds");
        }
        while (cursor.at(TokenKind.CASE)) {
            Position pos = TokenCursor.positionOf(cursor.advance());
            cursor.enterRegion(false);
            Pattern pattern = patterns.pattern();
            Expr guard = null;
            if (cursor.accept(TokenKind.IF)) {
                guard = postfixExpr();
            }
            cursor.leaveRegion();
            cursor.expect(TokenKind.ARROW, "scala.syntax.expected.writeBetweenTheCase");
            Position bodyPos = cursor.position();
            cases.add(new MatchCase(pattern, guard, block(statements.blockStatements(), bodyPos), pos));
        }
        return cases;
    }

    private boolean atLambda() {
        Token token = cursor.current();
        if (token.is(TokenKind.IDENTIFIER) || token.is(TokenKind.UNDERSCORE)) {
            return cursor.peek(1).is(TokenKind.ARROW);
        }
        if (token.is(TokenKind.IMPLICIT)) {
            return cursor.peek(1).is(TokenKind.IDENTIFIER) && cursor.peek(2).is(TokenKind.ARROW);
        }
        if (!token.is(TokenKind.LEFT_PAREN)) {
            return false;
        }
        int depth = 0;
        for (int ahead = 0; ; ahead++) {
            Token next = cursor.peek(ahead);
            switch (next.kind()) {
                case LEFT_PAREN, LEFT_BRACKET, LEFT_BRACE -> depth++;
                case RIGHT_PAREN, RIGHT_BRACKET, RIGHT_BRACE -> {
                    if (--depth == 0) {
                        return cursor.peek(ahead + 1).is(TokenKind.ARROW);
                    }
                }
                case END_OF_INPUT -> {
                    return false;
                }
                default -> {
                }
            }
        }
    }

    /** {@code { x: Int => ...}}: a name, a colon and a simple type before the arrow. */
    private boolean atTypedBlockLambda() {
        if (!cursor.at(TokenKind.IDENTIFIER) || !cursor.peek(1).is(TokenKind.COLON)) {
            return false;
        }
        int depth = 0;
        for (int ahead = 2; ; ahead++) {
            Token next = cursor.peek(ahead);
            switch (next.kind()) {
                case IDENTIFIER, DOT, HASH, WITH, UNDERSCORE -> {
                }
                case COMMA -> {
                    if (depth == 0) {
                        return false;
                    }
                }
                case LEFT_BRACKET, LEFT_PAREN -> depth++;
                case RIGHT_BRACKET, RIGHT_PAREN -> {
                    if (--depth < 0) {
                        return false;
                    }
                }
                case ARROW -> {
                    if (depth == 0) {
                        return ahead > 2;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
    }

    private Param typedBlockParameter() {
        Position pos = cursor.position();
        String name = cursor.advance().text();
        cursor.advance();
        return new Param(name, ParamKind.REGULAR, null, types.infixType(), pos);
    }

    private List<Param> lambdaParameters() {
        cursor.accept(TokenKind.IMPLICIT);
        if (!cursor.at(TokenKind.LEFT_PAREN)) {
            return List.of(lambdaParameter());
        }
        cursor.advance();
        List<Param> params = new ArrayList<>();
        if (!cursor.at(TokenKind.RIGHT_PAREN)) {
            do {
                params.add(lambdaParameter());
            } while (cursor.accept(TokenKind.COMMA));
        }
        cursor.expect(TokenKind.RIGHT_PAREN, "scala.syntax.expected.lambdaParametersAreNames");
        return params;
    }

    private Param lambdaParameter() {
        Position pos = cursor.position();
        Token name = cursor.current();
        if (!name.is(TokenKind.IDENTIFIER) && !name.is(TokenKind.UNDERSCORE)) {
            throw cursor.unexpected("scala.syntax.expected.lambdaParametersAreNames2");
        }
        cursor.advance();
        String paramName = name.is(TokenKind.UNDERSCORE) ? names.next() : name.text();
        String type = cursor.accept(TokenKind.COLON) ? types.parameterType() : null;
        return new Param(paramName, ParamKind.REGULAR, null, type, pos);
    }

    private Expr ifExpr() {
        Position pos = TokenCursor.positionOf(cursor.advance());
        Expr condition = condition("if");
        Expr then = expr();
        Expr otherwise;
        if (cursor.at(TokenKind.SEMICOLON) && cursor.peek(1).is(TokenKind.ELSE)) {
            cursor.advance();
        }
        if (cursor.accept(TokenKind.ELSE)) {
            otherwise = expr();
        } else {
            otherwise = Literals.unit(pos);
        }
        return new Expr.If(condition, then, otherwise, pos);
    }

    private Expr condition(String keyword) {
        if (!cursor.at(TokenKind.LEFT_PAREN)) {
            throw cursor.unexpected("scala.syntax.expected.condition", keyword);
        }
        cursor.advance();
        Expr condition = expr();
        expectClosing(TokenKind.RIGHT_PAREN, "scala.syntax.unclosed.conditionSParentheses");
        return condition;
    }

    private Stmt whileLoop() {
        Position pos = TokenCursor.positionOf(cursor.advance());
        Expr condition = condition("while");
        return new Stmt.While(condition, bodyStatements(expr()), List.of(), true, pos);
    }

    private Stmt doWhileLoop() {
        Position pos = TokenCursor.positionOf(cursor.advance());
        List<Stmt> body = bodyStatements(expr());
        while (cursor.accept(TokenKind.SEMICOLON)) {
            continue;
        }
        cursor.expect(TokenKind.WHILE, "scala.syntax.expected.aDoLoopEnds");
        return new Stmt.While(condition("while"), body, List.of(), false, pos);
    }

    static List<Stmt> bodyStatements(Expr body) {
        if (body instanceof Expr.Block block) {
            List<Stmt> stats = new ArrayList<>(block.statements());
            if (!(block.result() instanceof Expr.Literal literal && literal.kind() == LiteralKind.UNIT)) {
                stats.add(new Stmt.ExprStmt(block.result(), block.result().pos()));
            }
            return stats;
        }
        return List.of(new Stmt.ExprStmt(body, body.pos()));
    }

    private Expr forExpr() {
        Position pos = TokenCursor.positionOf(cursor.advance());
        boolean braces = cursor.at(TokenKind.LEFT_BRACE);
        if (!braces && !cursor.at(TokenKind.LEFT_PAREN)) {
            throw cursor.unexpected("scala.syntax.expected.writeForXXs");
        }
        cursor.advance();
        cursor.enterRegion(true);
        List<Enumerator> enumerators = enumerators();
        cursor.leaveRegion();
        expectClosing(braces ? TokenKind.RIGHT_BRACE : TokenKind.RIGHT_PAREN,
                braces ? "scala.syntax.unclosed.forBraces" : "scala.syntax.unclosed.forParentheses");
        boolean yields = cursor.accept(TokenKind.YIELD);
        return forComprehensions.desugar(enumerators, expr(), yields);
    }

    private List<Enumerator> enumerators() {
        List<Enumerator> enumerators = new ArrayList<>();
        enumerators.add(generator(true));
        while (true) {
            boolean separated = false;
            while (cursor.accept(TokenKind.SEMICOLON)) {
                separated = true;
            }
            if (cursor.at(TokenKind.IF)) {
                Position pos = TokenCursor.positionOf(cursor.advance());
                enumerators.add(new Enumerator.Guard(postfixExpr(), pos));
            } else if (separated || cursor.current().followsNewline()) {
                if (cursor.at(TokenKind.RIGHT_PAREN) || cursor.at(TokenKind.RIGHT_BRACE)) {
                    return enumerators;
                }
                enumerators.add(generator(false));
            } else {
                return enumerators;
            }
            if (enumerators.size() > MAX_ENUMERATORS) {
                throw cursor.error(cursor.current(), "scala.syntax.tooManyGeneratorsInOne");
            }
        }
    }

    private Enumerator generator(boolean first) {
        Position pos = cursor.position();
        cursor.accept(TokenKind.VAL);
        Pattern pattern = patterns.pattern1();
        if (cursor.accept(TokenKind.LEFT_ARROW)) {
            return new Enumerator.Generator(pattern, expr(), pos);
        }
        if (!first && cursor.accept(TokenKind.EQUALS)) {
            return new Enumerator.Definition(pattern, expr(), pos);
        }
        throw cursor.unexpected("scala.syntax.expected.aForGeneratorReads");
    }

    private Expr tryExpr() {
        Position pos = TokenCursor.positionOf(cursor.advance());
        Expr body = expr();
        List<MatchCase> handlers = List.of();
        if (cursor.accept(TokenKind.CATCH)) {
            if (cursor.at(TokenKind.LEFT_BRACE)) {
                handlers = caseBlock();
            } else {
                Expr handler = expr();
                Position handlerPos = handler.pos();
                String name = names.next();
                handlers = List.of(new MatchCase(new Pattern.Bind(name, handlerPos), null,
                        new Expr.Call(handler, List.of(Arg.positional(new Expr.Name(name, handlerPos))), handlerPos),
                        handlerPos));
            }
        }
        Expr finallyBody = cursor.accept(TokenKind.FINALLY) ? expr() : null;
        return new Expr.Try(body, handlers, null, finallyBody, pos);
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
            throw cursor.error(cursor.current(), "scala.syntax.anonymousClassesAreNotSupported");
        }
        return new Expr.New(className.toString(), typeArgs, args, pos);
    }

    private ExpressionParser spliceParser(List<Token> tokens) {
        return StatementParser.over(new TokenCursor(tokens, cursor.source(), cursor.nesting()), names).expressions();
    }

    /** A spliced {@code ${...}}: statements up to the end of the splice, as one expression. */
    Expr splice(Position pos) {
        Expr expr = block(statements.blockStatements(), pos);
        if (!cursor.at(TokenKind.END_OF_INPUT)) {
            throw cursor.unexpected("scala.syntax.expected.closeTheSplicedExpression");
        }
        return expr;
    }
}
