package dev.streamlab.lang.ast;

/**
 * How an argument is passed: positionally, by keyword ({@code f(x = 1)} in Scala, {@code f(x=1)} in Python), spread
 * from a sequence (Python {@code *xs}, Scala {@code xs: _*}) or spread from a mapping (Python {@code **kw}).
 */
public enum ArgKind {
    POSITIONAL,
    KEYWORD,
    SPREAD,
    KEYWORD_SPREAD
}
