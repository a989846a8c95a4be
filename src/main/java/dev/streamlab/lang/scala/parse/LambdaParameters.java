package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.Param;
import dev.streamlab.lang.ast.ParamKind;
import dev.streamlab.lang.ast.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises and reads the parameters of a lambda: {@code x =>}, {@code _ =>}, {@code (a, b) =>},
 * {@code (a: Int, b: Int) =>} and, at the start of a block, {@code x: Int =>}. Recognition looks ahead to the arrow
 * without consuming anything, since the same tokens may start an ordinary expression.
 */
final class LambdaParameters {

    private final TokenCursor cursor;
    private final TypeParser types;
    private final FreshNames names;

    LambdaParameters(TokenCursor cursor, TypeParser types, FreshNames names) {
        this.cursor = cursor;
        this.types = types;
        this.names = names;
    }

    boolean atLambda() {
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
    boolean atTypedBlockLambda() {
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

    Param typedBlockParameter() {
        Position pos = cursor.position();
        String name = cursor.advance().text();
        cursor.advance();
        return new Param(name, ParamKind.REGULAR, null, types.infixType(), pos);
    }

    List<Param> lambdaParameters() {
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
        cursor.expect(TokenKind.RIGHT_PAREN, "scala.syntax.unclosed.lambdaParameters");
        return params;
    }

    private Param lambdaParameter() {
        Position pos = cursor.position();
        Token name = cursor.current();
        if (!name.is(TokenKind.IDENTIFIER) && !name.is(TokenKind.UNDERSCORE)) {
            throw cursor.unexpected("scala.syntax.expected.lambdaParameter");
        }
        cursor.advance();
        String paramName = name.is(TokenKind.UNDERSCORE) ? names.next() : name.text();
        String type = cursor.accept(TokenKind.COLON) ? types.parameterType() : null;
        return new Param(paramName, ParamKind.REGULAR, null, type, pos);
    }
}
