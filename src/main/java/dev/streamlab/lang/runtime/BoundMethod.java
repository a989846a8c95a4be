package dev.streamlab.lang.runtime;

/** A Python function taken from a class through an instance: calling it passes the instance as {@code self}. */
final class BoundMethod extends LangFunction {

    private final LangFunction function;
    private final Object self;

    BoundMethod(LangFunction function, Object self) {
        this.function = function;
        this.self = self;
    }

    @Override
    public String name() {
        return function.name();
    }

    @Override
    public LangFunction taskCopy() {
        return new BoundMethod(function.taskCopy(), self);
    }

    @Override
    public Object call(Object[] args) {
        return function.call(withSelf(args));
    }

    @Override
    public Object callWithKeywords(Object[] positional, String[] names, Object[] values) {
        return function.callWithKeywords(withSelf(positional), names, values);
    }

    @Override
    protected boolean isTrue(Object result) {
        return function.isTrue(result);
    }

    private Object[] withSelf(Object[] args) {
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
