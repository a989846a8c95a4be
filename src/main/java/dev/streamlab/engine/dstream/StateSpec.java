package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.rdd.Rdd;

import java.util.Optional;

/** What {@code StateSpec.function(f)[.initialState(rdd)][.numPartitions(n)][.timeout(d)]} describes. */
public final class StateSpec {

    /** Spark's full mapping function: nothing is emitted for an empty result. */
    @FunctionalInterface
    public interface MappingFunction {
        Optional<Object> apply(Time time, Object key, Optional<Object> value, MappedState state);
    }

    private final MappingFunction function;
    private Rdd<?> initialState;
    private Integer numPartitions;
    private Duration timeout;

    private StateSpec(MappingFunction function) {
        this.function = function;
    }

    public static StateSpec function(MappingFunction function) {
        return new StateSpec(function);
    }

    public StateSpec initialState(Rdd<?> rdd) {
        this.initialState = rdd;
        return this;
    }

    public StateSpec numPartitions(int n) {
        this.numPartitions = n;
        return this;
    }

    public StateSpec timeout(Duration idle) {
        this.timeout = idle;
        return this;
    }

    MappingFunction mappingFunction() {
        return function;
    }

    Rdd<?> initialStateRdd() {
        return initialState;
    }

    Integer partitions() {
        return numPartitions;
    }

    Duration timeoutDuration() {
        return timeout;
    }
}
