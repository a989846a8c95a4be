package dev.streamlab.lang.ast;

/**
 * One {@code case pattern if guard => body} of a Scala {@code match}, {@code catch} or pattern-matching anonymous
 * function, or one Python {@code except Type as name:} clause (pattern {@code As(name, Typed(Wildcard, Type))}).
 * {@code guard} is null when absent.
 */
public record MatchCase(Pattern pattern, Expr guard, Expr body, Position pos) implements Node {
}
