package dev.streamlab.lang.runtime;

/**
 * A method a library implements in Java for values of a Java class ({@code String.split}, {@code DStream.map}):
 * registered in the {@link HostRegistry} under receiver class, name and arity.
 */
@FunctionalInterface
public interface NativeMethod {

    Object invoke(RunContext context, Object receiver, Object[] args);

    /** Python keyword arguments; methods that take none reject them. */
    default Object invokeWithKeywords(RunContext context, Object receiver, Object[] positional, String[] names,
            Object[] values) {
        if (names.length > 0) {
            throw new LangException("lang.call.noKeywords", null, "method", names[0]);
        }
        return invoke(context, receiver, positional);
    }
}
