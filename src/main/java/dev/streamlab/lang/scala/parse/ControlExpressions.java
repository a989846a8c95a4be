package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.Arg;
import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.LiteralKind;
import dev.streamlab.lang.ast.MatchCase;
import dev.streamlab.lang.ast.Pattern;
import dev.streamlab.lang.ast.Position;
import dev.streamlab.lang.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Scala's control structures: {@code if}, {@code while}, {@code do}, {@code for} (handing the clauses to
 * {@link ForComprehensions}), {@code try}, and the {@code case} clauses of {@code match} and {@code catch}.
 */
final class ControlExpressions {

    private static final int MAX_ENUMERATORS = 64;

    private final TokenCursor cursor;
    private final PatternParser patterns;
    private final StatementParser statements;
    private final ExpressionParser expressions;
    private final FreshNames names;
    private final ForComprehensions forComprehensions;

    ControlExpressions(TokenCursor cursor, PatternParser patterns, StatementParser statements,
            ExpressionParser expressions, FreshNames names) {
        this.cursor = cursor;
        this.patterns = patterns;
        this.statements = statements;
        this.expressions = expressions;
        this.names = names;
        this.forComprehensions = new ForComprehensions(names);
    }

    List<MatchCase> caseBlock() {
        Token open = cursor.expect(TokenKind.LEFT_BRACE, "scala.syntax.expected.matchBrace");
        List<MatchCase> cases = caseClauses();
        cursor.expectClosing(TokenKind.RIGHT_BRACE, "scala.syntax.unclosed.caseClauses", open);
        return cases;
    }

    List<MatchCase> caseClauses() {
        List<MatchCase> cases = new ArrayList<>();
        while (cursor.at(TokenKind.SEMICOLON)) {
            cursor.advance();
        }
        if (!cursor.at(TokenKind.CASE)) {
            throw cursor.unexpected("scala.syntax.expected.caseClause");
        }
        while (cursor.at(TokenKind.CASE)) {
            Position pos = TokenCursor.positionOf(cursor.advance());
            cursor.enterRegion(false);
            Pattern pattern = patterns.pattern();
            Expr guard = null;
            if (cursor.accept(TokenKind.IF)) {
                guard = expressions.postfixExpr();
            }
            cursor.leaveRegion();
            cursor.expect(TokenKind.ARROW, "scala.syntax.expected.caseArrow");
            Position bodyPos = cursor.position();
            cases.add(new MatchCase(pattern, guard, ExpressionParser.block(statements.blockStatements(), bodyPos), pos));
        }
        return cases;
    }

    Expr ifExpr() {
        Position pos = TokenCursor.positionOf(cursor.advance());
        Expr condition = condition("if");
        Expr then = expressions.expr();
        Expr otherwise;
        if (cursor.at(TokenKind.SEMICOLON) && cursor.peek(1).is(TokenKind.ELSE)) {
            cursor.advance();
        }
        if (cursor.accept(TokenKind.ELSE)) {
            otherwise = expressions.expr();
        } else {
            otherwise = Literals.unit(pos);
        }
        return new Expr.If(condition, then, otherwise, pos);
    }

    private Expr condition(String keyword) {
        if (!cursor.at(TokenKind.LEFT_PAREN)) {
            throw cursor.unexpected("scala.syntax.expected.condition", keyword);
        }
        Token open = cursor.advance();
        Expr condition = expressions.expr();
        cursor.expectClosing(TokenKind.RIGHT_PAREN, "scala.syntax.unclosed.condition", open);
        return condition;
    }

    Stmt whileLoop() {
        Position pos = TokenCursor.positionOf(cursor.advance());
        Expr condition = condition("while");
        return new Stmt.While(condition, bodyStatements(expressions.expr()), List.of(), true, pos);
    }

    Stmt doWhileLoop() {
        Position pos = TokenCursor.positionOf(cursor.advance());
        List<Stmt> body = bodyStatements(expressions.expr());
        while (cursor.accept(TokenKind.SEMICOLON)) {
            continue;
        }
        cursor.expect(TokenKind.WHILE, "scala.syntax.expected.doWhile");
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

    Expr forExpr() {
        Position pos = TokenCursor.positionOf(cursor.advance());
        boolean braces = cursor.at(TokenKind.LEFT_BRACE);
        if (!braces && !cursor.at(TokenKind.LEFT_PAREN)) {
            throw cursor.unexpected("scala.syntax.expected.forEnumerators");
        }
        Token open = cursor.advance();
        cursor.enterRegion(true);
        List<Enumerator> enumerators = enumerators();
        cursor.leaveRegion();
        cursor.expectClosing(braces ? TokenKind.RIGHT_BRACE : TokenKind.RIGHT_PAREN,
                braces ? "scala.syntax.unclosed.forBraces" : "scala.syntax.unclosed.forParentheses", open);
        boolean yields = cursor.accept(TokenKind.YIELD);
        return forComprehensions.desugar(enumerators, expressions.expr(), yields);
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
                enumerators.add(new Enumerator.Guard(expressions.postfixExpr(), pos));
            } else if (separated || cursor.current().followsNewline()) {
                if (cursor.at(TokenKind.RIGHT_PAREN) || cursor.at(TokenKind.RIGHT_BRACE)) {
                    return enumerators;
                }
                enumerators.add(generator(false));
            } else {
                return enumerators;
            }
            if (enumerators.size() > MAX_ENUMERATORS) {
                throw cursor.error(cursor.current(), "scala.syntax.tooManyGenerators");
            }
        }
    }

    private Enumerator generator(boolean first) {
        Position pos = cursor.position();
        cursor.accept(TokenKind.VAL);
        Pattern pattern = patterns.pattern1();
        if (cursor.accept(TokenKind.LEFT_ARROW)) {
            return new Enumerator.Generator(pattern, expressions.expr(), pos);
        }
        if (!first && cursor.accept(TokenKind.EQUALS)) {
            return new Enumerator.Definition(pattern, expressions.expr(), pos);
        }
        throw cursor.unexpected("scala.syntax.expected.generatorArrow");
    }

    Expr tryExpr() {
        Position pos = TokenCursor.positionOf(cursor.advance());
        Expr body = expressions.expr();
        List<MatchCase> handlers = List.of();
        if (cursor.accept(TokenKind.CATCH)) {
            if (cursor.at(TokenKind.LEFT_BRACE)) {
                handlers = caseBlock();
            } else {
                Expr handler = expressions.expr();
                Position handlerPos = handler.pos();
                String name = names.next();
                handlers = List.of(new MatchCase(new Pattern.Bind(name, handlerPos), null,
                        new Expr.Call(handler, List.of(Arg.positional(new Expr.Name(name, handlerPos))), handlerPos),
                        handlerPos));
            }
        }
        Expr finallyBody = cursor.accept(TokenKind.FINALLY) ? expressions.expr() : null;
        return new Expr.Try(body, handlers, null, finallyBody, pos);
    }
}
