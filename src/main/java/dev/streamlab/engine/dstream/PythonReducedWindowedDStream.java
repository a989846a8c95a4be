package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.rdd.Rdd;

import java.util.List;

/**
 * PySpark's {@code reduceByKeyAndWindow} with an inverse function (Spark's PythonReducedWindowedDStream): only when
 * the window is at least five slides long and the previous window exists is it updated incrementally (inverse of the
 * batches that left, then the batches that entered); otherwise the whole window is reduced again, and an empty
 * window has no batch at all. Stateful: needs a checkpoint directory.
 */
public final class PythonReducedWindowedDStream<T> extends WindowDStream<T> {

    /** {@code func(previous or null, union of batches, time)}, as PySpark's TransformFunction receives it. */
    @FunctionalInterface
    public interface Step<T> {
        Rdd<T> apply(Rdd<T> previous, Rdd<T> batches, Time time);
    }

    private final DStream<T> parent;
    private final Step<T> reduce;
    private final Step<T> inverse;

    public PythonReducedWindowedDStream(DStream<T> parent, Step<T> reduce, Step<T> inverse, Duration windowDuration,
                                        Duration slide) {
        super(parent, windowDuration, slide);
        this.parent = parent;
        this.reduce = reduce;
        this.inverse = inverse;
        super.persist();
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
    protected Rdd<T> compute(Time validTime) {
        Duration parentSlide = parent.slideDuration();
        Time currentBegin = validTime.minus(windowDuration());
        Time previousEnd = validTime.minus(slideDuration());
        Rdd<T> previous = getOrCompute(previousEnd);
        ssc.trace().window(this, validTime);
        if (inverse != null && previous != null && !windowDuration().isShorterThan(slideDuration().times(5))) {
            List<Rdd<T>> oldRdds = parent.slice(currentBegin.minus(slideDuration()).plus(parentSlide), currentBegin);
            Rdd<T> subtracted = oldRdds.isEmpty() ? previous
                    : inverse.apply(previous, Rdd.union(ssc.rddContext(), oldRdds), validTime);
            List<Rdd<T>> newRdds = parent.slice(previousEnd.plus(parentSlide), validTime);
            return newRdds.isEmpty() ? subtracted
                    : reduce.apply(subtracted, Rdd.union(ssc.rddContext(), newRdds), validTime);
        }
        List<Rdd<T>> current = parent.slice(currentBegin.plus(parentSlide), validTime);
        return current.isEmpty() ? null : reduce.apply(null, Rdd.union(ssc.rddContext(), current), validTime);
    }
}
