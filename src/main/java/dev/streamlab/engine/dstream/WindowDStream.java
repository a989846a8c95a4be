package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;

/**
 * What every windowed stream shares: a window length and a slide over a parent's batches, parents remembering a
 * window's worth more, and the description the lab's window view draws.
 */
abstract class WindowDStream<T> extends DStream<T> implements Windowed {

    private final DStream<?> parent;
    private final Duration windowDuration;
    private final Duration slide;

    WindowDStream(DStream<?> parent, Duration windowDuration, Duration slide) {
        super(parent.context());
        this.parent = parent;
        this.windowDuration = windowDuration;
        this.slide = slide;
    }

    @Override
    public final Duration windowDuration() {
        return windowDuration;
    }

    @Override
    public final Duration parentSlide() {
        return parent.slideDuration();
    }

    @Override
    public final Duration slideDuration() {
        return slide;
    }

    /** The stream whose batches the window adds and removes. */
    protected DStream<?> windowedParent() {
        return parent;
    }

    @Override
    public final dev.streamlab.engine.rdd.Rdd<?> windowedBatch(dev.streamlab.engine.Time time) {
        return windowedParent().getOrCompute(time);
    }

    @Override
    protected final Duration parentRememberExtra() {
        return windowDuration;
    }
}
