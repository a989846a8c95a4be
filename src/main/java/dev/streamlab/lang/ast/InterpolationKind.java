package dev.streamlab.lang.ast;

/**
 * Which interpolator builds an {@link Expr.Interpolation}: Scala {@code s"..."}, {@code f"..."} (printf-style
 * formats after holes), {@code raw"..."}, or a Python f-string (format-spec mini-language after {@code :}).
 */
public enum InterpolationKind {
    SCALA_S,
    SCALA_F,
    SCALA_RAW,
    PYTHON_F
}
