package dev.streamlab.lang.scala.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Scala types and returns them as normalised text ({@code "Seq[(String, Int)]"}, {@code "(Int, Int) => Int"}):
 * the interpreter checks types only as far as error messages need, so the text is all it keeps.
 */
final class TypeParser {

    private final TokenCursor cursor;

    TypeParser(TokenCursor cursor) {
        this.cursor = cursor;
    }

    String type() {
        cursor.descend();
        try {
            if (cursor.at(TokenKind.LEFT_PAREN)) {
                List<String> elements = parenthesisedTypes();
                if (cursor.accept(TokenKind.ARROW)) {
                    boolean bare = elements.size() == 1 && !elements.get(0).contains("=>");
                    String arguments = bare ? elements.get(0) : "(" + String.join(", ", elements) + ")";
                    return arguments + " => " + type();
                }
                String tuple = elements.size() == 1 ? elements.get(0) : "(" + String.join(", ", elements) + ")";
                return functionTail(compoundTail(simpleTypeTail(tuple)));
            }
            return functionTail(compoundTail(simpleType()));
        } finally {
            cursor.ascend();
        }
    }

    /** A type in a parameter list: also by-name {@code => T} and repeated {@code T*}. */
    String parameterType() {
        if (cursor.accept(TokenKind.ARROW)) {
            return "=> " + type();
        }
        String type = type();
        if (cursor.atIdentifier("*")) {
            cursor.advance();
            return type + "*";
        }
        return type;
    }

    /** A type that must not swallow a following {@code =>}: the type of a block lambda's parameter. */
    String infixType() {
        cursor.descend();
        try {
            if (cursor.at(TokenKind.LEFT_PAREN)) {
                List<String> elements = parenthesisedTypes();
                return compoundTail(simpleTypeTail("(" + String.join(", ", elements) + ")"));
            }
            return compoundTail(simpleType());
        } finally {
            cursor.ascend();
        }
    }

    List<String> typeArguments() {
        cursor.expect(TokenKind.LEFT_BRACKET, "scala.syntax.expected.leftBracket");
        List<String> arguments = new ArrayList<>();
        do {
            arguments.add(type());
        } while (cursor.accept(TokenKind.COMMA));
        cursor.expect(TokenKind.RIGHT_BRACKET, "scala.syntax.unclosed.typeArguments");
        return arguments;
    }

    /** Skips {@code [T, U <: Ordered[U] : ClassTag]} after a def or class name: type parameters are not checked. */
    void skipTypeParameters() {
        if (!cursor.at(TokenKind.LEFT_BRACKET)) {
            return;
        }
        Token open = cursor.advance();
        int depth = 1;
        while (depth > 0) {
            if (cursor.at(TokenKind.END_OF_INPUT)) {
                throw cursor.error(open, "scala.syntax.unclosedTypeParameters");
            }
            Token token = cursor.advance();
            if (token.is(TokenKind.LEFT_BRACKET)) {
                depth++;
            } else if (token.is(TokenKind.RIGHT_BRACKET)) {
                depth--;
            }
        }
    }

    private List<String> parenthesisedTypes() {
        cursor.advance();
        List<String> elements = new ArrayList<>();
        if (!cursor.at(TokenKind.RIGHT_PAREN)) {
            do {
                elements.add(parameterType());
            } while (cursor.accept(TokenKind.COMMA));
        }
        cursor.expect(TokenKind.RIGHT_PAREN, "scala.syntax.unclosed.tupleType");
        return elements;
    }

    private String functionTail(String type) {
        if (cursor.at(TokenKind.ARROW) && !cursor.atNewlineSeparator()) {
            cursor.advance();
            return type + " => " + type();
        }
        return type;
    }

    private String compoundTail(String type) {
        StringBuilder text = new StringBuilder(type);
        while (cursor.at(TokenKind.WITH)) {
            cursor.advance();
            text.append(" with ").append(simpleType());
        }
        return text.toString();
    }

    private String simpleType() {
        Token start = cursor.current();
        String head;
        if (cursor.accept(TokenKind.UNDERSCORE)) {
            head = "_";
            if (cursor.at(TokenKind.SUBTYPE) || cursor.at(TokenKind.SUPERTYPE)) {
                head += " " + cursor.advance().text() + " " + type();
            }
        } else if (cursor.at(TokenKind.IDENTIFIER) || cursor.at(TokenKind.THIS)) {
            StringBuilder path = new StringBuilder(cursor.advance().text());
            while (cursor.at(TokenKind.DOT) && (cursor.peek(1).is(TokenKind.IDENTIFIER)
                    || cursor.peek(1).is(TokenKind.TYPE))) {
                cursor.advance();
                path.append('.').append(cursor.advance().text());
            }
            head = path.toString();
        } else {
            throw cursor.unexpected("scala.syntax.expected.type");
        }
        return simpleTypeTail(head);
    }

    private String simpleTypeTail(String head) {
        String type = head;
        while (true) {
            if (cursor.at(TokenKind.LEFT_BRACKET)) {
                type = type + "[" + String.join(", ", typeArguments()) + "]";
            } else if (cursor.at(TokenKind.HASH)) {
                cursor.advance();
                type = type + "#" + cursor.expectIdentifier("scala.syntax.expected.typeName");
            } else {
                return type;
            }
        }
    }
}
