package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.Pattern;
import dev.streamlab.lang.ast.Position;
import java.util.ArrayList;
import java.util.List;

/** Reads Scala patterns: those of {@code case} clauses, {@code val} definitions and for-comprehension generators. */
final class PatternParser {

    private final TokenCursor cursor;
    private final TypeParser types;

    PatternParser(TokenCursor cursor, TypeParser types) {
        this.cursor = cursor;
        this.types = types;
    }

    /** {@code p1 | p2 | ...}. */
    Pattern pattern() {
        Position pos = cursor.position();
        Pattern first = pattern1();
        if (!cursor.atIdentifier("|")) {
            return first;
        }
        List<Pattern> alternatives = new ArrayList<>(List.of(first));
        while (cursor.atIdentifier("|")) {
            cursor.advance();
            alternatives.add(pattern1());
        }
        return new Pattern.Alternatives(alternatives, pos);
    }

    /** A pattern without alternatives, possibly typed: {@code x: Int}, {@code _: Exception}. */
    Pattern pattern1() {
        Position pos = cursor.position();
        if ((cursor.at(TokenKind.UNDERSCORE) || isVariable(cursor.current()))
                && cursor.peek(1).is(TokenKind.COLON)) {
            Token name = cursor.advance();
            cursor.advance();
            Pattern inner = name.is(TokenKind.UNDERSCORE) ? new Pattern.Wildcard(pos)
                    : new Pattern.Bind(name.text(), pos);
            return new Pattern.Typed(inner, types.infixType(), pos);
        }
        return pattern2();
    }

    /** A pattern with an optional binder: {@code all @ Some(x)}. */
    private Pattern pattern2() {
        Position pos = cursor.position();
        if (isVariable(cursor.current()) && cursor.peek(1).is(TokenKind.AT)) {
            String name = cursor.advance().text();
            cursor.advance();
            Pattern inner = pattern3();
            if (inner instanceof Pattern.Rest rest && rest.name() == null) {
                return new Pattern.Rest(name, pos);
            }
            return new Pattern.As(name, inner, pos);
        }
        return pattern3();
    }

    /** Infix extractor patterns such as {@code head :: tail} (right-associative like the operator). */
    private Pattern pattern3() {
        cursor.descend();
        try {
            Pattern left = simplePattern();
            if (cursor.at(TokenKind.IDENTIFIER) && !cursor.atIdentifier("|") && cursor.current().isSymbolicIdentifier()) {
                Token operator = cursor.advance();
                Pattern right = pattern3();
                return new Pattern.Extractor(operator.text(), List.of(left, right), TokenCursor.positionOf(operator));
            }
            return left;
        } finally {
            cursor.ascend();
        }
    }

    private Pattern simplePattern() {
        Token token = cursor.current();
        Position pos = cursor.position();
        if (cursor.accept(TokenKind.UNDERSCORE)) {
            if (cursor.atIdentifier("*")) {
                cursor.advance();
                return new Pattern.Rest(null, pos);
            }
            return new Pattern.Wildcard(pos);
        }
        if (token.isIdentifier("-") && Literals.isNumber(cursor.peek(1))) {
            cursor.advance();
            return new Pattern.Value(Literals.literal(cursor.advance(), true, pos, cursor), pos);
        }
        if (token.kind().isLiteral() && !token.is(TokenKind.INTERPOLATED_STRING) || token.is(TokenKind.TRUE)
                || token.is(TokenKind.FALSE) || token.is(TokenKind.NULL)) {
            cursor.advance();
            return new Pattern.Value(Literals.literal(token, false, pos, cursor), pos);
        }
        if (token.is(TokenKind.LEFT_PAREN)) {
            cursor.advance();
            List<Pattern> items = patternsUntil(TokenKind.RIGHT_PAREN);
            return items.size() == 1 ? items.get(0) : new Pattern.TuplePattern(items, pos);
        }
        if (token.is(TokenKind.IDENTIFIER) && !token.isSymbolicIdentifier()) {
            return identifierPattern(pos);
        }
        throw cursor.unexpected("scala.syntax.expected.pattern");
    }

    private Pattern identifierPattern(Position pos) {
        Token first = cursor.advance();
        if (isVariable(first) && !cursor.at(TokenKind.DOT) && !cursor.at(TokenKind.LEFT_PAREN)) {
            return new Pattern.Bind(first.text(), pos);
        }
        StringBuilder name = new StringBuilder(first.text());
        Expr path = new Expr.Name(first.text(), pos);
        while (cursor.at(TokenKind.DOT)) {
            cursor.advance();
            Token member = cursor.expect(TokenKind.IDENTIFIER, "scala.syntax.expected.name");
            name.append('.').append(member.text());
            path = new Expr.Select(path, member.text(), TokenCursor.positionOf(member));
        }
        if (cursor.at(TokenKind.LEFT_BRACKET)) {
            types.typeArguments();
        }
        if (cursor.at(TokenKind.LEFT_PAREN)) {
            cursor.advance();
            return new Pattern.Extractor(name.toString(), patternsUntil(TokenKind.RIGHT_PAREN), pos);
        }
        return new Pattern.Value(path, pos);
    }

    private List<Pattern> patternsUntil(TokenKind closer) {
        List<Pattern> items = new ArrayList<>();
        if (!cursor.at(closer)) {
            do {
                items.add(pattern());
            } while (cursor.accept(TokenKind.COMMA));
        }
        cursor.expect(closer, "scala.syntax.unclosed.patterns");
        return items;
    }

    /** Scala's rule: a pattern name starting with a lower-case letter binds a variable; others are constants. */
    static boolean isVariable(Token token) {
        if (!token.is(TokenKind.IDENTIFIER) || token.isSymbolicIdentifier() || token.isBackquoted()) {
            return false;
        }
        int first = token.text().codePointAt(0);
        return Character.isLowerCase(first) || first == '_' || !Character.isUpperCase(first) && first != '$';
    }
}
