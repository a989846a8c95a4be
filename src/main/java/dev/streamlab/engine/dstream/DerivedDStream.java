package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.rdd.Rdd;

import java.util.List;
import java.util.function.Function;

/**
 * A stream whose every batch is a function of its parent's batch at the same time: map, flatMap, filter, glom,
 * mapPartitions, mapValues, reduceByKey, combineByKey … Spark has one class per operator; they differ only in the
 * RDD function, so one class carries the operator's Spark name instead.
 */
final class DerivedDStream<T, U> extends DStream<U> {

    private final String name;
    private final DStream<T> parent;
    private final Function<Rdd<T>, Rdd<U>> f;

    DerivedDStream(String name, DStream<T> parent, Function<Rdd<T>, Rdd<U>> f) {
        super(parent.context());
        this.name = name;
        this.parent = parent;
        this.f = f;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Duration slideDuration() {
        return parent.slideDuration();
    }

    @Override
    public List<DStream<?>> dependencies() {
        return List.of(parent);
    }

    @Override
    protected Rdd<U> compute(Time validTime) {
        Rdd<T> rdd = parent.getOrCompute(validTime);
        return rdd == null ? null : f.apply(rdd);
    }
}
