package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.rdd.Rdd;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * {@code transform}, {@code transformWith} and {@code ssc.transform}: an arbitrary function of the parents' batches
 * and the batch time. A JVM transform must not return null; PySpark's may, meaning "no batch this time".
 */
public final class TransformedDStream<U> extends DStream<U> {

    private final List<DStream<?>> parents;
    private final BiFunction<List<Rdd<?>>, Time, Rdd<U>> f;
    private final boolean nullIsError;

    public TransformedDStream(List<? extends DStream<?>> parents, BiFunction<List<Rdd<?>>, Time, Rdd<U>> f,
                              boolean nullIsError) {
        super(requireParents(parents).get(0).context());
        for (DStream<?> p : parents) {
            EngineException.require(p.slideDuration().equals(parents.get(0).slideDuration()),
                    "Some of the DStreams have different slide durations",
                    "transform only combines streams with the same slide");
        }
        this.parents = List.copyOf(parents);
        this.f = f;
        this.nullIsError = nullIsError;
    }

    /** Spark's constructor reads {@code parents.head} before anything else. */
    private static List<? extends DStream<?>> requireParents(List<? extends DStream<?>> parents) {
        if (parents.isEmpty()) {
            throw new EngineException(EngineException.NO_SUCH_ELEMENT, "head of empty list",
                    "transform needs at least one stream");
        }
        return parents;
    }

    @Override
    public Duration slideDuration() {
        return parents.get(0).slideDuration();
    }

    @Override
    public List<DStream<?>> dependencies() {
        return parents;
    }

    @Override
    protected Rdd<U> compute(Time validTime) {
        List<Rdd<?>> rdds = new ArrayList<>(parents.size());
        for (DStream<?> p : parents) {
            Rdd<?> rdd = p.getOrCompute(validTime);
            if (rdd == null) {
                throw new EngineException(EngineException.SPARK,
                        "Couldn't generate RDD from parent at time " + validTime,
                        "the transformed streams must all produce a batch at the same times");
            }
            rdds.add(rdd);
        }
        Rdd<U> out = f.apply(rdds, validTime);
        if (out == null && nullIsError) {
            throw new EngineException(EngineException.SPARK,
                    "Transform function must not return null. Return SparkContext.emptyRDD() instead to represent"
                            + " no element as the result of transformation.",
                    "return an empty RDD (sc.emptyRDD) instead of null");
        }
        return out;
    }
}
