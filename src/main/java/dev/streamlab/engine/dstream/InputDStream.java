package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.Time;

import java.util.List;

/** A source of batches: one per batch interval, depending on nothing. */
public abstract class InputDStream<T> extends DStream<T> {

    protected InputDStream(StreamingContext ssc) {
        super(ssc);
        ssc.registerInput(this);
    }

    /**
     * Called at every batch time, whether or not any output needs this stream then: what arrived since the last
     * batch becomes this batch's data (Spark's receiver tracker allocates blocks to every batch).
     */
    public void allocate(Time time) {
    }

    /** How the lab names this source ({@code localhost:9999}, {@code queue}). */
    public abstract String description();

    @Override
    public Duration slideDuration() {
        return ssc.batchDuration();
    }

    @Override
    public List<DStream<?>> dependencies() {
        return List.of();
    }
}
