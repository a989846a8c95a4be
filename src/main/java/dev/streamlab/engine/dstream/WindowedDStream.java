package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.rdd.Rdd;

import java.util.List;

/**
 * {@code window(W, S)}: at every slide, the union of the parent's batches in {@code (T − W, T]}, oldest first.
 * Early windows are partial; windows keep coming after the input stops.
 */
public final class WindowedDStream<T> extends WindowDStream<T> {

    private final DStream<T> parent;

    WindowedDStream(DStream<T> parent, Duration windowDuration, Duration slide) {
        super(parent, windowDuration, slide);
        if (!windowDuration.isMultipleOf(parent.slideDuration())) {
            throw new EngineException(EngineException.EXCEPTION, "The window duration of windowed DStream ("
                    + windowDuration + ") must be a multiple of the slide duration of parent DStream ("
                    + parent.slideDuration() + ")", "use a window length that is a multiple of the batch interval");
        }
        if (!slide.isMultipleOf(parent.slideDuration())) {
            throw new EngineException(EngineException.EXCEPTION, "The slide duration of windowed DStream ("
                    + slide + ") must be a multiple of the slide duration of parent DStream ("
                    + parent.slideDuration() + ")", "use a slide that is a multiple of the batch interval");
        }
        this.parent = parent;
        parent.persist();
    }

    @Override
    public List<DStream<?>> dependencies() {
        return List.of(parent);
    }

    @Override
    public DStream<T> persist() {
        parent.persist();
        return this;
    }

    @Override
    protected Rdd<T> compute(Time validTime) {
        Time begin = validTime.minus(windowDuration()).plus(parent.slideDuration());
        List<Rdd<T>> inWindow = parent.slice(begin, validTime);
        ssc.trace().window(this, validTime);
        return Rdd.union(ssc.rddContext(), inWindow);
    }
}
