package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.rdd.Rdd;

import java.util.List;
import java.util.function.BiConsumer;

/** An output operation: one job per valid batch time, run in the order the operations were registered. */
public final class ForEachDStream<T> extends DStream<Void> {

    private final DStream<T> parent;
    private final BiConsumer<Rdd<T>, Time> action;
    private final String operation;

    ForEachDStream(DStream<T> parent, BiConsumer<Rdd<T>, Time> action, String operation) {
        super(parent.context());
        this.parent = parent;
        this.action = action;
        this.operation = operation;
    }

    /** {@code print}, {@code foreachRDD} or {@code saveAsTextFiles}. */
    public String operation() {
        return operation;
    }

    public DStream<T> parent() {
        return parent;
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
    protected Rdd<Void> compute(Time validTime) {
        return null;
    }

    /** The job of {@code time}, or null when the parent has no batch then (nothing runs, nothing prints). */
    public Runnable job(Time time) {
        Rdd<T> rdd = parent.getOrCompute(time);
        return rdd == null ? null : () -> action.accept(rdd, time);
    }

    /** The batch this operation consumed at {@code time} (for reports), or null. */
    public Rdd<T> batch(Time time) {
        return parent.getOrCompute(time);
    }
}
