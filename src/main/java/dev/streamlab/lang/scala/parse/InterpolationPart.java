package dev.streamlab.lang.scala.parse;

import java.util.List;

/** A piece of an interpolated string such as {@code s"total: ${a + b}"}: literal text or a spliced expression. */
public sealed interface InterpolationPart {

    /** Literal text, with escapes already decoded unless the interpolator is {@code raw}. */
    record Text(String text) implements InterpolationPart {
    }

    /** A spliced {@code $name} or {@code ${expression}}, as the tokens the parser turns into an expression. */
    record Splice(List<Token> tokens, int line, int column) implements InterpolationPart {
    }
}
