package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.BinaryOp;
import java.util.Map;

/** Scala's infix operator rules (SLS 6.12.3): precedence by first character, associativity by last character. */
final class Operators {

    private static final Map<String, BinaryOp> BINARY = Map.ofEntries(
            Map.entry("+", BinaryOp.ADD), Map.entry("-", BinaryOp.SUB), Map.entry("*", BinaryOp.MUL),
            Map.entry("/", BinaryOp.DIV), Map.entry("%", BinaryOp.MOD), Map.entry("&", BinaryOp.BIT_AND),
            Map.entry("|", BinaryOp.BIT_OR), Map.entry("^", BinaryOp.BIT_XOR), Map.entry("<<", BinaryOp.SHIFT_LEFT),
            Map.entry(">>", BinaryOp.SHIFT_RIGHT), Map.entry(">>>", BinaryOp.UNSIGNED_SHIFT_RIGHT),
            Map.entry("==", BinaryOp.EQ), Map.entry("!=", BinaryOp.NE), Map.entry("<", BinaryOp.LT),
            Map.entry("<=", BinaryOp.LE), Map.entry(">", BinaryOp.GT), Map.entry(">=", BinaryOp.GE));

    private Operators() {
    }

    /** The AST operator for {@code name}, or null when Scala's operator is a method call in the AST. */
    static BinaryOp binary(String name) {
        return BINARY.get(name);
    }

    static boolean isRightAssociative(String name) {
        return name.endsWith(":");
    }

    /** {@code +=}, {@code ++=}, {@code ::=}: an operator ending in '=' that is not a comparison. */
    static boolean isAssignment(String name) {
        return name.length() > 1 && name.endsWith("=") && !name.startsWith("=")
                && !name.equals("<=") && !name.equals(">=") && !name.equals("!=")
                && ScalaCharacters.isOperatorChar(name.codePointAt(0));
    }

    static int precedence(String name) {
        int first = name.codePointAt(0);
        if (!ScalaCharacters.isOperatorChar(first)) {
            return 1;
        }
        return switch (first) {
            case '|' -> 2;
            case '^' -> 3;
            case '&' -> 4;
            case '=', '!' -> 5;
            case '<', '>' -> 6;
            case ':' -> 7;
            case '+', '-' -> 8;
            case '*', '/', '%' -> 9;
            default -> 10;
        };
    }
}
