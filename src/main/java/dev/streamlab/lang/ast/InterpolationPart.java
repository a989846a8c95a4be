package dev.streamlab.lang.ast;

/**
 * A piece of an interpolated string. Text parts hold the literal text with escapes already processed (for
 * {@code raw"..."} left as written). A hole holds the expression ({@code $x}, {@code ${e}}, Python {@code {e}}),
 * its format ({@code "%.2f"} after a Scala f-interpolator hole, {@code ".2f"} after a Python {@code :}, else null)
 * and Python's conversion ({@code 'r'}, {@code 's'}, {@code 'a'}, or {@code 0} for none). Python's
 * {@code f"{x=}"} is desugared by the parser into a text part {@code "x="} and a hole with conversion {@code 'r'}.
 */
public sealed interface InterpolationPart extends Node {

    record Text(String text, Position pos) implements InterpolationPart {
    }

    record Hole(Expr value, String format, char conversion, Position pos) implements InterpolationPart {
    }
}
