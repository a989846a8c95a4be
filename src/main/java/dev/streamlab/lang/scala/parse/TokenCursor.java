package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.Position;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Walks the token list and applies Scala 2's semicolon inference: a line break separates statements only where
 * newlines are enabled (inside braces and at top level, not inside parentheses or brackets), after a token that can
 * end a statement and before one that can begin one.
 */
final class TokenCursor {

    private static final int MAX_NESTING = 150;

    private static final Set<TokenKind> CANNOT_BEGIN_STATEMENT = EnumSet.of(TokenKind.CATCH, TokenKind.ELSE,
            TokenKind.EXTENDS, TokenKind.FINALLY, TokenKind.FOR_SOME, TokenKind.MATCH, TokenKind.WITH,
            TokenKind.YIELD, TokenKind.COMMA, TokenKind.DOT, TokenKind.SEMICOLON, TokenKind.COLON, TokenKind.EQUALS,
            TokenKind.ARROW, TokenKind.LEFT_ARROW, TokenKind.SUBTYPE, TokenKind.VIEW_BOUND, TokenKind.SUPERTYPE,
            TokenKind.HASH, TokenKind.LEFT_BRACKET, TokenKind.RIGHT_PAREN, TokenKind.RIGHT_BRACKET,
            TokenKind.RIGHT_BRACE, TokenKind.END_OF_INPUT);

    private static final Set<TokenKind> CAN_END_STATEMENT = EnumSet.of(TokenKind.IDENTIFIER, TokenKind.INT_LITERAL,
            TokenKind.LONG_LITERAL, TokenKind.FLOAT_LITERAL, TokenKind.DOUBLE_LITERAL, TokenKind.CHAR_LITERAL,
            TokenKind.STRING_LITERAL, TokenKind.INTERPOLATED_STRING, TokenKind.THIS, TokenKind.NULL, TokenKind.TRUE,
            TokenKind.FALSE, TokenKind.RETURN, TokenKind.TYPE, TokenKind.UNDERSCORE, TokenKind.RIGHT_PAREN,
            TokenKind.RIGHT_BRACKET, TokenKind.RIGHT_BRACE);

    private static final Set<TokenKind> EXPRESSION_STARTS = EnumSet.of(TokenKind.IDENTIFIER, TokenKind.THIS,
            TokenKind.SUPER, TokenKind.NULL, TokenKind.TRUE, TokenKind.FALSE, TokenKind.UNDERSCORE,
            TokenKind.LEFT_PAREN, TokenKind.LEFT_BRACE, TokenKind.NEW, TokenKind.IF, TokenKind.WHILE, TokenKind.DO,
            TokenKind.FOR, TokenKind.TRY, TokenKind.THROW, TokenKind.RETURN);

    private final List<Token> tokens;
    private final SourceText source;
    private final Deque<Boolean> newlineRegions = new ArrayDeque<>();
    private int index;
    private int nesting;

    TokenCursor(List<Token> tokens, SourceText source, int nesting) {
        this.tokens = tokens;
        this.source = source;
        this.nesting = nesting;
        newlineRegions.push(true);
    }

    int nesting() {
        return nesting;
    }

    SourceText source() {
        return source;
    }

    Token current() {
        return tokens.get(index);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    Token previous() {
        return index == 0 ? null : tokens.get(index - 1);
    }

    Position position() {
        return positionOf(current());
    }

    static Position positionOf(Token token) {
        return new Position(token.line(), token.column());
    }

    boolean at(TokenKind kind) {
        return current().is(kind);
    }

    boolean atIdentifier(String name) {
        return current().isIdentifier(name);
    }

    Token advance() {
        Token token = current();
        if (!token.is(TokenKind.END_OF_INPUT)) {
            index++;
        }
        switch (token.kind()) {
            case LEFT_PAREN, LEFT_BRACKET -> newlineRegions.push(false);
            case LEFT_BRACE -> newlineRegions.push(true);
            case RIGHT_PAREN, RIGHT_BRACKET, RIGHT_BRACE -> {
                if (newlineRegions.size() > 1) {
                    newlineRegions.pop();
                }
            }
            default -> {
            }
        }
        return token;
    }

    boolean accept(TokenKind kind) {
        if (at(kind)) {
            advance();
            return true;
        }
        return false;
    }

    /** Consumes a token of {@code kind}, or fails with {@code key}, whose message gets the found token as {0}. */
    Token expect(TokenKind kind, String key) {
        if (!at(kind)) {
            throw unexpected(key);
        }
        return advance();
    }

    /**
     * Expects a closing bracket; at the end of input the key's {@code .end} variant says it was never closed and
     * names the line of {@code opener} as {1}. Either way the error remembers the opener's symbol, line and column
     * ({2}, {1}, {3}), the caret staying where the parser stopped.
     */
    void expectClosing(TokenKind closer, String key, Token opener) {
        if (!at(closer)) {
            String missing = at(TokenKind.END_OF_INPUT) ? key + ".end" : key;
            throw neverClosed(opener) ? unexpected(missing, String.valueOf(opener.line()), opener.text(),
                    String.valueOf(opener.column())) : unexpected(missing, String.valueOf(opener.line()));
        }
        advance();
    }

    /**
     * True when no bracket after {@code opener} closes it: the brackets that follow never balance back, or balance
     * back on a bracket of another kind.
     */
    private boolean neverClosed(Token opener) {
        TokenKind closer = switch (opener.kind()) {
            case LEFT_PAREN -> TokenKind.RIGHT_PAREN;
            case LEFT_BRACKET -> TokenKind.RIGHT_BRACKET;
            default -> TokenKind.RIGHT_BRACE;
        };
        int depth = 0;
        for (int i = tokens.indexOf(opener); i >= 0 && i < tokens.size(); i++) {
            TokenKind kind = tokens.get(i).kind();
            if (kind == TokenKind.LEFT_PAREN || kind == TokenKind.LEFT_BRACE || kind == TokenKind.LEFT_BRACKET) {
                depth++;
            } else if (kind == TokenKind.RIGHT_PAREN || kind == TokenKind.RIGHT_BRACE
                    || kind == TokenKind.RIGHT_BRACKET) {
                depth--;
                if (depth == 0) {
                    return kind != closer;
                }
            }
        }
        return true;
    }

    String expectIdentifier(String key) {
        return expect(TokenKind.IDENTIFIER, key).text();
    }

    /** Parentheses of {@code case p =>} patterns disable newlines as Scala does; paired with {@link #leaveRegion}. */
    void enterRegion(boolean newlinesSeparate) {
        newlineRegions.push(newlinesSeparate);
    }

    void leaveRegion() {
        newlineRegions.pop();
    }

    /** True where a statement ends: at a semicolon, or at a line break that Scala reads as one. */
    boolean atStatementEnd() {
        return at(TokenKind.SEMICOLON) || atNewlineSeparator();
    }

    boolean atNewlineSeparator() {
        Token token = current();
        Token before = previous();
        return newlineRegions.peek() && token.followsNewline() && before != null
                && CAN_END_STATEMENT.contains(before.kind()) && canBeginStatement(index);
    }

    private boolean canBeginStatement(int at) {
        Token token = tokens.get(at);
        if (token.is(TokenKind.CASE)) {
            Token next = tokens.get(Math.min(at + 1, tokens.size() - 1));
            return next.is(TokenKind.CLASS) || next.is(TokenKind.OBJECT);
        }
        return !CANNOT_BEGIN_STATEMENT.contains(token.kind());
    }

    boolean canBeginExpression() {
        TokenKind kind = current().kind();
        return kind.isLiteral() || EXPRESSION_STARTS.contains(kind);
    }

    int mark() {
        return index;
    }

    /** Goes back to a {@link #mark()} taken before a complete (bracket-balanced) construct, to read it again. */
    void reset(int mark) {
        index = mark;
    }

    void descend() {
        if (++nesting > MAX_NESTING) {
            throw error(current(), "scala.syntax.nestedTooDeeply");
        }
    }

    void ascend() {
        nesting--;
    }

    /** An error at the current token; the message gets the token's description as {0}, then {@code args}. */
    ScalaSyntaxException unexpected(String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = current().describe();
        System.arraycopy(args, 0, all, 1, args.length);
        return error(current(), key, all);
    }

    ScalaSyntaxException error(Token token, String key, Object... args) {
        return source.error(token.line(), token.column(), key, args);
    }
}
