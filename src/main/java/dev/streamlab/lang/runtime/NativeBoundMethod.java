package dev.streamlab.lang.runtime;

/** A native method taken as a value ({@code words.append} in Python, {@code xs.contains _} in Scala). */
final class NativeBoundMethod extends LangFunction {

    private final String name;
    private final Object receiver;
    private final HostRegistry registry;
    private final RunContext context;

    NativeBoundMethod(String name, Object receiver, HostRegistry registry, RunContext context) {
        this.name = name;
        this.receiver = receiver;
        this.registry = registry;
        this.context = context;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Object call(Object[] args) {
        NativeMethod method = registry.findMethod(receiver.getClass(), name, args.length);
        if (method == null) {
            throw new LangException("lang.call.methodArity", null, name,
                    registry.arities(receiver.getClass(), name).toString(), args.length);
        }
        return method.invoke(context, receiver, args);
    }

    @Override
    public Object callWithKeywords(Object[] positional, String[] names, Object[] values) {
        NativeMethod method = registry.findMethod(receiver.getClass(), name, positional.length);
        if (method == null) {
            return call(positional);
        }
        return method.invokeWithKeywords(context, receiver, positional, names, values);
    }

    @Override
    protected boolean isTrue(Object result) {
        return context.semantics().isTruthy(result);
    }
}
