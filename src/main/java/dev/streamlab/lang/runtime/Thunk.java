package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Position;

/**
 * An argument passed by name: calling it evaluates the argument's expression in the caller's frame, as many times
 * as it is called. Library functions that take by-name parameters ({@code Try(expr)}) receive these.
 */
public final class Thunk extends LangFunction {

    private final Frame frame;
    private final CodeNode expression;

    private Thunk(Frame frame, CodeNode expression) {
        this.frame = frame;
        this.expression = expression;
    }

    @Override
    public String name() {
        return "<by-name argument>";
    }

    @Override
    public int arity() {
        return 0;
    }

    @Override
    public Object call(Object[] args) {
        return expression.eval(frame);
    }

    /** The node that wraps an argument expression into a thunk. */
    static final class Make extends CodeNode {
        private final CodeNode expression;

        Make(Position pos, CodeNode expression) {
            super(pos);
            this.expression = expression;
        }

        @Override
        Object eval(Frame frame) {
            return new Thunk(frame, expression);
        }
    }
}
