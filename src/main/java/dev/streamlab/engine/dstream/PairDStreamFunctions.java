package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.rdd.Aggregator;
import dev.streamlab.engine.rdd.Buffer;
import dev.streamlab.engine.rdd.HashPartitioner;
import dev.streamlab.engine.rdd.PairRddFunctions;
import dev.streamlab.engine.rdd.Rdd;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Operations on streams of (key, value) pairs: Spark's {@code PairDStreamFunctions}. {@code numPartitions} may be
 * null everywhere, meaning {@code sc.defaultParallelism}.
 */
public final class PairDStreamFunctions {

    private final DStream<Tuple> self;

    @SuppressWarnings("unchecked")
    PairDStreamFunctions(DStream<?> self) {
        this.self = (DStream<Tuple>) self;
    }

    private HashPartitioner partitioner(Integer numPartitions) {
        return self.context().rddContext().partitioner(numPartitions);
    }

    public DStream<Tuple> mapValues(Function<Object, ?> f) {
        return new DerivedDStream<>("MapValuedDStream", self, rdd -> rdd.pairs().mapValues(f));
    }

    public DStream<Tuple> flatMapValues(Function<Object, ? extends Iterable<?>> f) {
        return new DerivedDStream<>("FlatMapValuedDStream", self, rdd -> rdd.pairs().flatMapValues(f));
    }

    public <V, C> DStream<Tuple> combineByKey(Aggregator<V, C> aggregator, Integer numPartitions,
                                              boolean mapSideCombine) {
        return combineByKey(aggregator, partitioner(numPartitions), mapSideCombine);
    }

    public <V, C> DStream<Tuple> combineByKey(Aggregator<V, C> aggregator, HashPartitioner partitioner,
                                              boolean mapSideCombine) {
        return new DerivedDStream<>("ShuffledDStream", self,
                rdd -> rdd.pairs().combineByKey(aggregator, partitioner, mapSideCombine));
    }

    public DStream<Tuple> reduceByKey(BiFunction<Object, Object, Object> f, Integer numPartitions) {
        return reduceByKey(f, partitioner(numPartitions));
    }

    public DStream<Tuple> reduceByKey(BiFunction<Object, Object, Object> f, HashPartitioner partitioner) {
        return combineByKey(Aggregator.reducing(f), partitioner, true);
    }

    /** The DStream groupByKey: combineByKey into ArrayBuffers, with map-side combine. */
    public DStream<Tuple> groupByKey(Integer numPartitions) {
        return combineByKey(PairRddFunctions.groupingInto(Buffer.Kind.ARRAY_BUFFER), partitioner(numPartitions),
                true);
    }

    public DStream<Tuple> join(DStream<?> other, Integer numPartitions) {
        HashPartitioner p = partitioner(numPartitions);
        return with(other, (a, b) -> a.pairs().join(b, p));
    }

    public DStream<Tuple> leftOuterJoin(DStream<?> other, Integer numPartitions) {
        HashPartitioner p = partitioner(numPartitions);
        return with(other, (a, b) -> a.pairs().leftOuterJoin(b, p));
    }

    public DStream<Tuple> rightOuterJoin(DStream<?> other, Integer numPartitions) {
        HashPartitioner p = partitioner(numPartitions);
        return with(other, (a, b) -> a.pairs().rightOuterJoin(b, p));
    }

    public DStream<Tuple> fullOuterJoin(DStream<?> other, Integer numPartitions) {
        HashPartitioner p = partitioner(numPartitions);
        return with(other, (a, b) -> a.pairs().fullOuterJoin(b, p));
    }

    public DStream<Tuple> cogroup(DStream<?> other, Integer numPartitions) {
        HashPartitioner p = partitioner(numPartitions);
        return with(other, (a, b) -> a.pairs().cogroup(List.of(b), p));
    }

    @SuppressWarnings("unchecked")
    private DStream<Tuple> with(DStream<?> other, BiFunction<Rdd<Tuple>, Rdd<Tuple>, Rdd<Tuple>> f) {
        return self.transformWith((DStream<Tuple>) other, (a, b, time) -> f.apply(a, b));
    }

    // ---- windows

    public DStream<Tuple> groupByKeyAndWindow(Duration windowDuration, Duration slide, Integer numPartitions) {
        HashPartitioner p = partitioner(numPartitions);
        Aggregator<Object, Buffer> grouping = PairRddFunctions.groupingInto(Buffer.Kind.ARRAY_BUFFER);
        return self.pairs().groupByKey(numPartitions).window(windowDuration, slide).pairs().combineByKey(
                new Aggregator<Object, Buffer>(v -> new Buffer(Buffer.Kind.ARRAY_BUFFER, (Buffer) v),
                        (c, v) -> grouping.mergeCombiners().apply(c, (Buffer) v),
                        grouping.mergeCombiners()), p, true);
    }

    /** Without an inverse: reduce per batch, window, reduce again. A key leaves with its last value. */
    public DStream<Tuple> reduceByKeyAndWindow(BiFunction<Object, Object, Object> f, Duration windowDuration,
                                               Duration slide, Integer numPartitions) {
        HashPartitioner p = partitioner(numPartitions);
        return reduceByKey(f, p).window(windowDuration, slide).pairs().reduceByKey(f, p);
    }

    /** With an inverse: incremental ({@link ReducedWindowedDStream}), stateful; {@code filter} may be null. */
    public DStream<Tuple> reduceByKeyAndWindow(BiFunction<Object, Object, Object> f,
                                               BiFunction<Object, Object, Object> inverse,
                                               Duration windowDuration, Duration slide, Integer numPartitions,
                                               Predicate<Tuple> filter) {
        return new ReducedWindowedDStream(self, f, inverse, filter, windowDuration, slide,
                partitioner(numPartitions));
    }

    // ---- state

    /** {@code (Seq[V], Option[S]) => Option[S]}: an empty result removes the key. */
    public DStream<Tuple> updateStateByKey(BiFunction<List<Object>, Optional<Object>, Optional<Object>> f,
                                           Integer numPartitions, Rdd<Tuple> initial) {
        return updateStateByKey((time, key, values, state) -> f.apply(values, state), numPartitions, initial);
    }

    /** The {@code (Time, K, Seq[V], Option[S]) => Option[S]} form. */
    public DStream<Tuple> updateStateByKey(KeyedUpdate f, Integer numPartitions, Rdd<Tuple> initial) {
        return updateStateByKey((time, updates) -> new Iterator<Tuple>() {
                private Tuple next;

                @Override
                public boolean hasNext() {
                    while (next == null && updates.hasNext()) {
                        StateDStream.Update u = updates.next();
                        Optional<Object> s = f.apply(time, u.key(), u.values(), u.previous());
                        if (s.isPresent()) {
                            next = Tuple.pair(u.key(), s.get());
                        }
                    }
                    return next != null;
                }

                @Override
                public Tuple next() {
                    hasNext();
                    Tuple t = next;
                    next = null;
                    return t;
                }
            }, partitioner(numPartitions), true, initial);
    }

    public DStream<Tuple> updateStateByKey(StateDStream.PartitionUpdate f, HashPartitioner partitioner,
                                           boolean rememberPartitioner, Rdd<Tuple> initial) {
        return new StateDStream(self, f, partitioner, rememberPartitioner, initial);
    }

    public MapWithStateDStream mapWithState(StateSpec spec) {
        return new MapWithStateDStream(self, spec);
    }

    /** An update function that also sees the batch time and the key. */
    @FunctionalInterface
    public interface KeyedUpdate {
        Optional<Object> apply(Time time, Object key, List<Object> values, Optional<Object> state);
    }
}
