package dev.streamlab.lang.runtime;

/**
 * A program-defined function value: compiled code plus the cells it captured, the receiver it runs with (inside a
 * class or object), the run it belongs to, and, for a lambda, the frame of the def a Scala {@code return} leaves.
 * Python defaults are evaluated once when the def runs and kept here.
 */
final class Closure extends LangFunction {

    static final Object NO_DEFAULT = new Object();
    static final Cell[] NO_CELLS = new Cell[0];

    final FunctionCode code;
    final Cell[] captured;
    final Object self;
    final RunContext context;
    final Frame home;
    final Object[] defaults;

    Closure(FunctionCode code, Cell[] captured, Object self, RunContext context, Frame home, Object[] defaults) {
        this.code = code;
        this.captured = captured;
        this.self = self;
        this.context = context;
        this.home = home;
        this.defaults = defaults;
    }

    @Override
    public String name() {
        return code.name;
    }

    @Override
    public int arity() {
        return code.arity();
    }

    @Override
    public LangFunction taskCopy() {
        if (captured.length == 0) {
            return this;
        }
        Cell[] copies = new Cell[captured.length];
        for (int i = 0; i < copies.length; i++) {
            Object value = captured[i].value;
            copies[i] = new Cell(value instanceof LangFunction function ? function.taskCopy()
                    : context.semantics().copyForTask(value));
        }
        return new Closure(code, copies, self, context, home, defaults);
    }

    @Override
    public boolean isDefinedAt(Object argument) {
        return code.isDefinedAt(this, argument);
    }

    @Override
    public Object call(Object[] args) {
        return code.invoke(this, self, args);
    }

    @Override
    public Object call1(Object a) {
        if (code.acceptsDirectly(1)) {
            Frame frame = code.newFrame(this, self);
            code.store(frame, 0, a);
            return code.execute(frame);
        }
        return code.invoke(this, self, new Object[] {a});
    }

    @Override
    public Object call2(Object a, Object b) {
        if (code.acceptsDirectly(2)) {
            Frame frame = code.newFrame(this, self);
            code.store(frame, 0, a);
            code.store(frame, 1, b);
            return code.execute(frame);
        }
        return code.invoke(this, self, new Object[] {a, b});
    }

    @Override
    public Object callWithKeywords(Object[] positional, String[] names, Object[] values) {
        return code.invokeWithKeywords(this, self, positional, names, values);
    }

    @Override
    protected boolean isTrue(Object result) {
        return context.semantics().isTruthy(result);
    }
}
