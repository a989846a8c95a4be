package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.rdd.Rdd;

import java.util.List;

/**
 * A stateful stream whose batch is any function of its own previous batch (or an initial RDD, or null) and the
 * parent's batch: how PySpark builds its stateful streams (updateStateByKey, reduceByKeyAndWindow with an inverse)
 * in the JVM. When the parent has no batch, the previous state carries over. Needs a checkpoint directory.
 */
public final class RecurrentStateDStream<T, S> extends DStream<S> {

    /** The next state from the previous one (null before the first) and the parent's batch. */
    @FunctionalInterface
    public interface Step<T, S> {
        Rdd<S> apply(Rdd<S> previous, Rdd<T> batch, Time time);
    }

    private final String name;
    private final DStream<T> parent;
    private final Step<T, S> step;
    private final Rdd<S> initial;
    private final Duration slide;

    public RecurrentStateDStream(String name, DStream<T> parent, Step<T, S> step, Rdd<S> initial, Duration slide) {
        super(parent.context());
        this.name = name;
        this.parent = parent;
        this.step = step;
        this.initial = initial;
        this.slide = slide;
        super.persist();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Duration slideDuration() {
        return slide;
    }

    @Override
    public List<DStream<?>> dependencies() {
        return List.of(parent);
    }

    @Override
    protected boolean mustCheckpoint() {
        return true;
    }

    @Override
    protected Rdd<S> compute(Time validTime) {
        Rdd<S> previous = getOrCompute(validTime.minus(slide));
        if (previous == null) {
            previous = initial;
        }
        Rdd<T> batch = parent.getOrCompute(validTime);
        if (batch == null) {
            return previous;
        }
        return step.apply(previous, batch, validTime);
    }
}
