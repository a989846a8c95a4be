package dev.streamlab.lang.scala.parse;

import dev.streamlab.lang.ast.Expr;
import dev.streamlab.lang.ast.InterpolationKind;
import dev.streamlab.lang.ast.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@code s"..."}, {@code f"..."} and {@code raw"..."} nodes from the lexer's parts. For {@code f}, the
 * printf format right after a hole ({@code $x%.2f}) moves into the hole, as the f-interpolator reads it.
 */
final class Interpolations {

    private static final Pattern FORMAT = Pattern.compile("^%[-#+ 0,(<]*\\d*(\\.\\d+)?[a-zA-Z%]");

    private final TokenCursor cursor;

    Interpolations(TokenCursor cursor) {
        this.cursor = cursor;
    }

    Expr interpolation(Token token, Function<List<Token>, ExpressionParser> spliceParsers) {
        Position pos = TokenCursor.positionOf(token);
        InterpolationKind kind = switch (token.text()) {
            case "s" -> InterpolationKind.SCALA_S;
            case "f" -> InterpolationKind.SCALA_F;
            case "raw" -> InterpolationKind.SCALA_RAW;
            default -> throw cursor.error(token, "scala.syntax.unknownInterpolator", token.text());
        };
        @SuppressWarnings("unchecked")
        List<InterpolationPart> parts = (List<InterpolationPart>) token.value();
        List<dev.streamlab.lang.ast.InterpolationPart> built = new ArrayList<>();
        String pendingFormat = null;
        for (int i = 0; i < parts.size(); i++) {
            InterpolationPart part = parts.get(i);
            if (part instanceof InterpolationPart.Text text) {
                String remaining = text.text();
                if (pendingFormat != null) {
                    remaining = remaining.substring(pendingFormat.length());
                    pendingFormat = null;
                }
                if (!remaining.isEmpty()) {
                    built.add(new dev.streamlab.lang.ast.InterpolationPart.Text(remaining, pos));
                }
            } else {
                InterpolationPart.Splice splice = (InterpolationPart.Splice) part;
                Position splicePos = new Position(splice.line(), splice.column());
                Expr value = spliceValue(splice, splicePos, spliceParsers);
                String format = null;
                if (kind == InterpolationKind.SCALA_F && i + 1 < parts.size()
                        && parts.get(i + 1) instanceof InterpolationPart.Text following) {
                    Matcher matcher = FORMAT.matcher(following.text());
                    if (matcher.find()) {
                        format = matcher.group();
                        pendingFormat = format;
                    }
                }
                built.add(new dev.streamlab.lang.ast.InterpolationPart.Hole(value, format, (char) 0, splicePos));
            }
        }
        return new Expr.Interpolation(kind, built, pos);
    }

    private static Expr spliceValue(InterpolationPart.Splice splice, Position pos,
            Function<List<Token>, ExpressionParser> spliceParsers) {
        List<Token> tokens = splice.tokens();
        if (tokens.size() == 2 && tokens.get(0).is(TokenKind.IDENTIFIER)) {
            return new Expr.Name(tokens.get(0).text(), pos);
        }
        if (tokens.size() == 2 && tokens.get(0).is(TokenKind.THIS)) {
            return new Expr.This(pos);
        }
        return spliceParsers.apply(tokens).splice(pos);
    }
}
