package dev.streamlab.lang.ast;

/** Short-circuit operators: Scala {@code && ||}, Python {@code and or} (which yield an operand, not a boolean). */
public enum LogicalOp {
    AND,
    OR
}
