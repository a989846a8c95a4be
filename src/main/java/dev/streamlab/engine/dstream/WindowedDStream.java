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
public final class WindowedDStream<T> extends DStream<T> implements Windowed {

    private final DStream<T> parent;
    private final Duration windowDuration;
    private final Duration slide;

    WindowedDStream(DStream<T> parent, Duration windowDuration, Duration slide) {
        super(parent.context());
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
        this.windowDuration = windowDuration;
        this.slide = slide;
        parent.persist();
    }

    @Override
    public Duration windowDuration() {
        return windowDuration;
    }

    @Override
    public Duration parentSlide() {
        return parent.slideDuration();
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
    protected Duration parentRememberExtra() {
        return windowDuration;
    }

    @Override
    public DStream<T> persist() {
        parent.persist();
        return this;
    }

    @Override
    protected Rdd<T> compute(Time validTime) {
        Time begin = validTime.minus(windowDuration).plus(parent.slideDuration());
        List<Rdd<T>> inWindow = parent.slice(begin, validTime);
        ssc.trace().window(this, validTime);
        return Rdd.union(ssc.rddContext(), inWindow);
    }
}
