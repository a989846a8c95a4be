package dev.streamlab.lang.runtime;

import java.util.List;

/**
 * A constructor that needs the run it serves ({@code new StreamingContext(conf, Seconds(1))} belongs to the run's
 * Spark driver): {@code new} passes it the run's context.
 */
@FunctionalInterface
public interface ContextConstructor extends TypedConstructor {

    Object construct(RunContext context, List<String> typeArgs, Object[] args);

    @Override
    default Object construct(List<String> typeArgs, Object[] args) {
        throw new IllegalStateException("a ContextConstructor is called with its run's context");
    }
}
