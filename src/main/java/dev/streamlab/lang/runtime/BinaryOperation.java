package dev.streamlab.lang.runtime;

/**
 * One binary operator of a dialect, chosen once at compile time ({@link DialectSemantics#binary}) so the per-record
 * path does not switch on the operator. Throws {@link GuestException} for the dialect's errors (division by zero,
 * unsupported operand types).
 */
@FunctionalInterface
public interface BinaryOperation {

    Object apply(Object left, Object right);
}
