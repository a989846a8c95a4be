package dev.streamlab.lang.spark;

import dev.streamlab.engine.EngineException;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.NativeMethod;
import dev.streamlab.lang.runtime.RunContext;

/**
 * Registers Spark API methods so that an error Spark itself would raise (a window that is not a multiple of the
 * batch, a stateful stream without a checkpoint directory) reaches the student as Spark's message plus a hint of what
 * to change, pointing at the call.
 */
final class Guard {

    private Guard() {
    }

    static void method(HostRegistry registry, Class<?> receiver, String name, int arity, NativeMethod body) {
        registry.method(receiver, name, arity, wrap(CreationSites.tracking(name, body)));
    }

    static NativeMethod wrap(NativeMethod body) {
        return new NativeMethod() {
            @Override
            public Object invoke(RunContext context, Object receiver, Object[] args) {
                try {
                    return body.invoke(context, receiver, args);
                } catch (EngineException e) {
                    throw SparkApiException.of(e);
                }
            }

            @Override
            public Object invokeWithKeywords(RunContext context, Object receiver, Object[] positional,
                                             String[] names, Object[] values) {
                try {
                    return body.invokeWithKeywords(context, receiver, positional, names, values);
                } catch (EngineException e) {
                    throw SparkApiException.of(e);
                }
            }
        };
    }
}
