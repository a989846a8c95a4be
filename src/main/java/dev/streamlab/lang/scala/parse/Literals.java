package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.LiteralKind;
import dev.streamlab.lang.ast.Position;
import java.math.BigInteger;

/** Turns literal tokens into AST literals, applying a leading minus before the range check as scalac does. */
final class Literals {

    private Literals() {
    }

    static boolean isNumber(Token token) {
        return switch (token.kind()) {
            case INT_LITERAL, LONG_LITERAL, FLOAT_LITERAL, DOUBLE_LITERAL -> true;
            default -> false;
        };
    }

    static Expr.Literal literal(Token token, boolean negated, Position pos, TokenCursor cursor) {
        return switch (token.kind()) {
            case INT_LITERAL -> {
                BigInteger value = signed(token, negated);
                if (value.bitLength() > 31) {
                    throw cursor.error(token, "scala.syntax.intTooLarge");
                }
                yield new Expr.Literal(LiteralKind.INT, value.intValue(), pos);
            }
            case LONG_LITERAL -> {
                BigInteger value = signed(token, negated);
                if (value.bitLength() > 63) {
                    throw cursor.error(token, "scala.syntax.longTooLarge");
                }
                yield new Expr.Literal(LiteralKind.LONG, value.longValue(), pos);
            }
            case FLOAT_LITERAL -> {
                double value = ((Float) token.value()).doubleValue();
                yield new Expr.Literal(LiteralKind.FLOAT, negated ? -value : value, pos);
            }
            case DOUBLE_LITERAL -> {
                double value = (Double) token.value();
                yield new Expr.Literal(LiteralKind.FLOAT, negated ? -value : value, pos);
            }
            case CHAR_LITERAL -> new Expr.Literal(LiteralKind.CHAR, token.value(), pos);
            case STRING_LITERAL -> new Expr.Literal(LiteralKind.STRING, token.value(), pos);
            case TRUE -> new Expr.Literal(LiteralKind.BOOLEAN, Boolean.TRUE, pos);
            case FALSE -> new Expr.Literal(LiteralKind.BOOLEAN, Boolean.FALSE, pos);
            case NULL -> new Expr.Literal(LiteralKind.NULL, null, pos);
            default -> throw cursor.error(token, "scala.syntax.expected.literal", token.describe());
        };
    }

    static Expr.Literal unit(Position pos) {
        return new Expr.Literal(LiteralKind.UNIT, null, pos);
    }

    /** The value {@code var x: T = _} starts with. */
    static Expr.Literal defaultValue(String declaredType, Position pos) {
        if (declaredType == null) {
            return new Expr.Literal(LiteralKind.NULL, null, pos);
        }
        return switch (declaredType) {
            case "Int", "Short", "Byte" -> new Expr.Literal(LiteralKind.INT, 0, pos);
            case "Long" -> new Expr.Literal(LiteralKind.LONG, 0L, pos);
            case "Double", "Float" -> new Expr.Literal(LiteralKind.FLOAT, 0.0, pos);
            case "Boolean" -> new Expr.Literal(LiteralKind.BOOLEAN, Boolean.FALSE, pos);
            case "Char" -> new Expr.Literal(LiteralKind.CHAR, '\u0000', pos);
            case "Unit" -> unit(pos);
            default -> new Expr.Literal(LiteralKind.NULL, null, pos);
        };
    }

    private static BigInteger signed(Token token, boolean negated) {
        BigInteger value = (BigInteger) token.value();
        return negated ? value.negate() : value;
    }
}
