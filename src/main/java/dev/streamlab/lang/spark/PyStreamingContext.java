package dev.streamlab.lang.spark;

import dev.streamlab.engine.StreamingContext;
import dev.streamlab.lang.runtime.MemberHolder;
import dev.streamlab.lang.runtime.RunContext;

import java.util.List;

/** PySpark's StreamingContext: the engine's context, with {@code sparkContext} as a property as in Python. */
record PyStreamingContext(StreamingContext engine, SparkContextValue sparkContext) implements MemberHolder {

    @Override
    public Object member(String name, RunContext context) {
        return "sparkContext".equals(name) ? sparkContext : null;
    }

    @Override
    public Iterable<String> memberNames() {
        return List.of("sparkContext");
    }

    @Override
    public String toString() {
        return "<pyspark.streaming.context.StreamingContext object at 0x" + Integer.toHexString(
                System.identityHashCode(this)) + ">";
    }
}
