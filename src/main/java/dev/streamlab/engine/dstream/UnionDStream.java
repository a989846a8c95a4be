package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.rdd.Rdd;

import java.util.ArrayList;
import java.util.List;

/** The union of streams with one slide: per batch, the first stream's partitions first. */
public final class UnionDStream<T> extends DStream<T> {

    private final List<DStream<T>> parents;

    public UnionDStream(List<DStream<T>> parents) {
        super(requireParents(parents).get(0).context());
        for (DStream<T> p : parents) {
            EngineException.require(p.slideDuration().equals(parents.get(0).slideDuration()),
                    "Some of the DStreams have different slide durations",
                    "only streams with the same slide can be unioned: window them alike first");
        }
        this.parents = List.copyOf(parents);
    }

    /** Spark's constructor reads {@code parents.head} before anything else. */
    private static <T> List<DStream<T>> requireParents(List<DStream<T>> parents) {
        if (parents.isEmpty()) {
            throw new EngineException(EngineException.NO_SUCH_ELEMENT, "head of empty array",
                    "union needs at least one stream");
        }
        return parents;
    }

    @Override
    public Duration slideDuration() {
        return parents.get(0).slideDuration();
    }

    @Override
    public List<DStream<?>> dependencies() {
        return List.copyOf(parents);
    }

    @Override
    protected Rdd<T> compute(Time validTime) {
        List<Rdd<T>> rdds = new ArrayList<>();
        for (DStream<T> p : parents) {
            Rdd<T> rdd = p.getOrCompute(validTime);
            if (rdd == null) {
                throw new EngineException(EngineException.SPARK,
                        "Could not generate RDD from a parent for unifying at time " + validTime,
                        "all unioned streams must produce a batch at the same times");
            }
            rdds.add(rdd);
        }
        return Rdd.union(ssc.rddContext(), rdds);
    }
}
