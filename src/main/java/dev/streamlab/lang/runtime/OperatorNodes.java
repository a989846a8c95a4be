package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.LogicalOp;
import dev.streamlab.lang.ast.Position;

/** Operators and conditional expressions; what each operator means was chosen by the dialect at compile time. */
final class OperatorNodes {

    private OperatorNodes() {
    }

    static final class Binary extends CodeNode {
        private final CodeNode left;
        private final CodeNode right;
        private final BinaryOperation operation;
        private final DialectSemantics semantics;

        Binary(Position pos, CodeNode left, CodeNode right, BinaryOperation operation, DialectSemantics semantics) {
            super(pos);
            this.left = left;
            this.right = right;
            this.operation = operation;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            Object l = left.eval(frame);
            Object r = right.eval(frame);
            try {
                return operation.apply(l, r);
            } catch (RuntimeException e) {
                throw locate(e, pos, semantics);
            }
        }
    }

    static final class Unary extends CodeNode {
        private final CodeNode operand;
        private final UnaryOperation operation;
        private final DialectSemantics semantics;

        Unary(Position pos, CodeNode operand, UnaryOperation operation, DialectSemantics semantics) {
            super(pos);
            this.operand = operand;
            this.operation = operation;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            Object value = operand.eval(frame);
            try {
                return operation.apply(value);
            } catch (RuntimeException e) {
                throw locate(e, pos, semantics);
            }
        }
    }

    /** {@code a < b <= c}: each operand once, stopping at the first false link. */
    static final class CompareChain extends CodeNode {
        private final CodeNode[] operands;
        private final BinaryOperation[] operations;
        private final DialectSemantics semantics;

        CompareChain(Position pos, CodeNode[] operands, BinaryOperation[] operations, DialectSemantics semantics) {
            super(pos);
            this.operands = operands;
            this.operations = operations;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            Object left = operands[0].eval(frame);
            Object result = Boolean.TRUE;
            for (int i = 0; i < operations.length; i++) {
                Object right = operands[i + 1].eval(frame);
                try {
                    result = operations[i].apply(left, right);
                } catch (RuntimeException e) {
                    throw locate(e, pos, semantics);
                }
                if (!semantics.isTruthy(result)) {
                    return result;
                }
                left = right;
            }
            return result;
        }
    }

    /** Short-circuit and/or: yields the deciding operand (Python), which is a Boolean in Scala. */
    static final class Logical extends CodeNode {
        private final CodeNode left;
        private final CodeNode right;
        private final boolean and;
        private final DialectSemantics semantics;

        Logical(Position pos, CodeNode left, LogicalOp op, CodeNode right, DialectSemantics semantics) {
            super(pos);
            this.left = left;
            this.right = right;
            this.and = op == LogicalOp.AND;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            Object first = left.eval(frame);
            boolean truth;
            try {
                truth = semantics.isTruthy(first);
            } catch (RuntimeException e) {
                throw locate(e, pos, semantics);
            }
            if (and != truth) {
                return first;
            }
            return right.eval(frame);
        }
    }

    static final class Conditional extends CodeNode {
        private final CodeNode condition;
        private final CodeNode then;
        private final CodeNode otherwise;
        private final DialectSemantics semantics;

        Conditional(Position pos, CodeNode condition, CodeNode then, CodeNode otherwise,
                DialectSemantics semantics) {
            super(pos);
            this.condition = condition;
            this.then = then;
            this.otherwise = otherwise;
            this.semantics = semantics;
        }

        @Override
        Object eval(Frame frame) {
            Object test = condition.eval(frame);
            boolean truth;
            try {
                truth = semantics.isTruthy(test);
            } catch (RuntimeException e) {
                throw locate(e, condition.pos, semantics);
            }
            return truth ? then.eval(frame) : otherwise.eval(frame);
        }
    }
}
