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

    /** How the lab names this source ({@code localhost:9999}, {@code queue}). */
    public abstract String description();

    /**
     * Called at every batch time before any job is generated, whether or not a job will read this source then:
     * a receiver hands what it received so far to this batch (Spark's {@code allocateBlocksToBatch}). Sources that
     * read on demand, like a queue, do nothing here.
     */
    public void allocateBatch(Time time) {
    }

    @Override
    public Duration slideDuration() {
        return ssc.batchDuration();
    }

    @Override
    public List<DStream<?>> dependencies() {
        return List.of();
    }
}
