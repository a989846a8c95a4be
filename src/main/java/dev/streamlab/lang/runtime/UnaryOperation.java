package dev.streamlab.lang.runtime;

/** One prefix operator of a dialect, chosen once at compile time ({@link DialectSemantics#unary}). */
@FunctionalInterface
public interface UnaryOperation {

    Object apply(Object operand);
}
