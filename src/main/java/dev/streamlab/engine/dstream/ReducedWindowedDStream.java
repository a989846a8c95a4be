package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.rdd.Buffer;
import dev.streamlab.engine.rdd.HashPartitioner;
import dev.streamlab.engine.rdd.Rdd;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * {@code reduceByKeyAndWindow} with an inverse function: each window is the previous one, minus (by the inverse)
 * the batches that left, plus the batches that entered. Keys whose value falls to the "zero" stay unless a filter
 * drops them. Stateful: needs a checkpoint directory.
 */
public final class ReducedWindowedDStream extends WindowDStream<Tuple> {

    private final DStream<Tuple> parent;
    private final DStream<Tuple> reducedStream;
    private final BiFunction<Object, Object, Object> reduce;
    private final BiFunction<Object, Object, Object> inverse;
    private final Predicate<Tuple> filter;
    private final HashPartitioner partitioner;

    ReducedWindowedDStream(DStream<Tuple> parent, BiFunction<Object, Object, Object> reduce,
                           BiFunction<Object, Object, Object> inverse, Predicate<Tuple> filter,
                           Duration windowDuration, Duration slide, HashPartitioner partitioner) {
        super(parent, windowDuration, slide);
        EngineException.require(windowDuration.isMultipleOf(parent.slideDuration()),
                "The window duration of ReducedWindowedDStream (" + windowDuration
                        + ") must be multiple of the slide duration of parent DStream (" + parent.slideDuration()
                        + ")", "use a window length that is a multiple of the batch interval");
        EngineException.require(slide.isMultipleOf(parent.slideDuration()),
                "The slide duration of ReducedWindowedDStream (" + slide
                        + ") must be multiple of the slide duration of parent DStream (" + parent.slideDuration()
                        + ")", "use a slide that is a multiple of the batch interval");
        this.parent = parent;
        this.reduce = reduce;
        this.inverse = inverse;
        this.filter = filter;
        this.partitioner = partitioner;
        this.reducedStream = parent.pairs().reduceByKey(reduce, partitioner);
        super.persist();
        reducedStream.persist();
    }

    @Override
    public List<DStream<?>> dependencies() {
        return List.of(reducedStream);
    }

    @Override
    protected DStream<?> windowedParent() {
        return reducedStream;
    }

    @Override
    protected boolean mustCheckpoint() {
        return true;
    }

    @Override
    protected Rdd<Tuple> compute(Time validTime) {
        Duration parentSlide = parent.slideDuration();
        Time currentBegin = validTime.minus(windowDuration()).plus(parentSlide);
        Time previousBegin = currentBegin.minus(slideDuration());
        Time previousEnd = validTime.minus(slideDuration());
        List<Rdd<Tuple>> oldRdds = reducedStream.slice(previousBegin, currentBegin.minus(parentSlide));
        List<Rdd<Tuple>> newRdds = reducedStream.slice(previousEnd.plus(parentSlide), validTime);
        Rdd<Tuple> previous = getOrCompute(previousEnd);
        if (previous == null) {
            previous = Rdd.parallelize(ssc.rddContext(), List.of(), ssc.rddContext().defaultParallelism());
        }
        List<Rdd<?>> others = new ArrayList<>(oldRdds);
        others.addAll(newRdds);
        int numOld = oldRdds.size();
        int numNew = newRdds.size();
        ssc.trace().window(this, validTime);
        Rdd<Tuple> merged = previous.pairs().cogroup(others, partitioner).pairs()
                .mapValues(groups -> merge((Tuple) groups, numOld, numNew));
        return filter == null ? merged : merged.filter(filter);
    }

    private Object merge(Tuple groups, int numOld, int numNew) {
        List<Object> oldValues = heads(groups, 1, numOld);
        List<Object> newValues = heads(groups, 1 + numOld, numNew);
        Buffer previous = (Buffer) groups.get(0);
        if (previous.isEmpty()) {
            if (newValues.isEmpty()) {
                throw new EngineException(EngineException.EXCEPTION,
                        "Neither previous window has value for key, nor new values found. Are you sure your key"
                                + " class hashes consistently?", "keys must hash consistently");
            }
            return reduceAll(newValues);
        }
        Object value = previous.get(0);
        if (!oldValues.isEmpty()) {
            value = inverse.apply(value, reduceAll(oldValues));
        }
        if (!newValues.isEmpty()) {
            value = reduce.apply(value, reduceAll(newValues));
        }
        return value;
    }

    private static List<Object> heads(Tuple groups, int from, int count) {
        List<Object> heads = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            Buffer b = (Buffer) groups.get(i);
            if (!b.isEmpty()) {
                heads.add(b.get(0));
            }
        }
        return heads;
    }

    private Object reduceAll(List<Object> values) {
        Object acc = values.get(0);
        for (int i = 1; i < values.size(); i++) {
            acc = reduce.apply(acc, values.get(i));
        }
        return acc;
    }
}
