package dev.streamlab.lang.spark;

import dev.streamlab.lang.runtime.MemberHolder;
import dev.streamlab.lang.runtime.RunContext;

import java.util.List;

/** {@code sc.broadcast(v)}: read with {@code .value}; like Spark's, not restored from a checkpoint. */
public record Broadcast(long id, Object value) implements MemberHolder {

    @Override
    public Object member(String name, RunContext context) {
        return "value".equals(name) ? value : null;
    }

    @Override
    public Iterable<String> memberNames() {
        return List.of("value");
    }

    @Override
    public String toString() {
        return "Broadcast(" + id + ")";
    }
}
