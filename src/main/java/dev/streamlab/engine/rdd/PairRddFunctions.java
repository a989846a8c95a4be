package dev.streamlab.engine.rdd;

import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.KeyHashing;
import dev.streamlab.engine.NotPairsException;
import dev.streamlab.engine.PerTask;
import dev.streamlab.engine.Tuple;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Operations on RDDs of (key, value) pairs: Spark's {@code PairRDDFunctions}. */
public final class PairRddFunctions {

    private final Rdd<?> rdd;

    PairRddFunctions(Rdd<?> rdd) {
        this.rdd = rdd;
    }

    /** The record as a pair, or Spark's compile-time complaint as a runtime error. */
    public static Tuple asPair(Object record) {
        if (record instanceof Tuple t && t.isPair()) {
            return t;
        }
        throw new NotPairsException(record);
    }

    private RddContext context() {
        return rdd.context;
    }

    public Rdd<Object> keys() {
        return rdd.map(x -> asPair(x).key());
    }

    public Rdd<Object> values() {
        return rdd.map(x -> asPair(x).value());
    }

    public Rdd<Tuple> mapValues(Function<Object, ?> f) {
        return new MapPartitionsRdd<>(rdd, (index, it) -> {
            Function<Object, ?> task = PerTask.own(f);
            return Iterators.map(it, x -> {
                Tuple t = asPair(x);
                return Tuple.pair(t.key(), task.apply(t.value()));
            });
        }, true);
    }

    public Rdd<Tuple> flatMapValues(Function<Object, ? extends Iterable<?>> f) {
        return new MapPartitionsRdd<>(rdd, (index, it) -> {
            Function<Object, ? extends Iterable<?>> task = PerTask.own(f);
            return Iterators.flatMap(it, x -> {
                Tuple t = asPair(x);
                List<Tuple> out = new ArrayList<>();
                Iterable<?> values = task.apply(t.value());
                if (values != null) {
                    for (Object v : values) {
                        out.add(Tuple.pair(t.key(), v));
                    }
                }
                return out;
            });
        }, true);
    }

    /**
     * Spark's {@code combineByKey}: when the RDD is already laid out by {@code partitioner} the values are combined in
     * place, otherwise they are shuffled.
     */
    public <V, C> Rdd<Tuple> combineByKey(Aggregator<V, C> aggregator, HashPartitioner partitioner,
                                          boolean mapSideCombine) {
        if (partitioner.equals(rdd.partitioner())) {
            return new MapPartitionsRdd<>(rdd, (index, it) -> {
                KeyedMap<C> combined = KeyedMap.create(context().hashing());
                while (it.hasNext()) {
                    Tuple t = asPair(it.next());
                    @SuppressWarnings("unchecked")
                    V value = (V) t.value();
                    combined.combine(t.key(), value, aggregator.createCombiner(), aggregator.mergeValue());
                }
                List<Tuple> out = new ArrayList<>(combined.size());
                combined.forEach((k, c) -> out.add(Tuple.pair(k, c)));
                return out.iterator();
            }, true);
        }
        return new ShuffledRdd<>(rdd, partitioner, aggregator, mapSideCombine);
    }

    public Rdd<Tuple> reduceByKey(BiFunction<Object, Object, Object> f, HashPartitioner partitioner) {
        return combineByKey(Aggregator.reducing(f), partitioner, true);
    }

    /** RDD.groupByKey: no map-side combine, values in CompactBuffers. */
    public Rdd<Tuple> groupByKey(HashPartitioner partitioner) {
        return combineByKey(groupingInto(Buffer.Kind.COMPACT_BUFFER), partitioner, false);
    }

    /** The aggregator that collects a key's values in arrival order. */
    public static Aggregator<Object, Buffer> groupingInto(Buffer.Kind kind) {
        return new Aggregator<>(v -> new Buffer(kind).append(v), Buffer::append,
                (a, b) -> new Buffer(kind, a).appendAll(b));
    }

    public Rdd<Tuple> partitionBy(HashPartitioner partitioner) {
        if (partitioner.equals(rdd.partitioner())) {
            @SuppressWarnings("unchecked")
            Rdd<Tuple> same = (Rdd<Tuple>) rdd;
            return same;
        }
        return new ShuffledRdd<>(rdd, partitioner, null, false);
    }

    /**
     * A shuffle that places each record by {@code placement} rather than by the language's key hash (PySpark's
     * {@code partitionFunc}, a sort's range bounds), each reduce partition reading map partitions in order. The
     * result has no partitioner a later shuffle could reuse.
     */
    public Rdd<Tuple> partitionBy(int numPartitions, KeyHashing placement) {
        return new MapPartitionsRdd<>(new ShuffledRdd<>(rdd, new HashPartitioner(numPartitions), null, false,
                placement), (index, it) -> it, false);
    }

    /** {@link #combineByKey} with map-side combining, records placed by {@code placement}, keys in arrival order. */
    public <V, C> Rdd<Tuple> combineByKey(Aggregator<V, C> aggregator, int numPartitions, KeyHashing placement) {
        return new MapPartitionsRdd<>(new ShuffledRdd<>(rdd, new HashPartitioner(numPartitions), aggregator, true,
                placement), (index, it) -> it, false);
    }

    /** For each key, a tuple with one buffer of values per RDD (this one first). */
    public Rdd<Tuple> cogroup(List<? extends Rdd<?>> others, HashPartitioner partitioner) {
        List<Rdd<?>> all = new ArrayList<>();
        all.add(rdd);
        all.addAll(others);
        return new CoGroupedRdd(context(), all, partitioner);
    }

    public Rdd<Tuple> join(Rdd<?> other, HashPartitioner partitioner) {
        return joined(other, partitioner, false, false);
    }

    public Rdd<Tuple> leftOuterJoin(Rdd<?> other, HashPartitioner partitioner) {
        return joined(other, partitioner, false, true);
    }

    public Rdd<Tuple> rightOuterJoin(Rdd<?> other, HashPartitioner partitioner) {
        return joined(other, partitioner, true, false);
    }

    public Rdd<Tuple> fullOuterJoin(Rdd<?> other, HashPartitioner partitioner) {
        return joined(other, partitioner, true, true);
    }

    /**
     * The join family over cogroup: every left value with every right value, left values outer. An outer side that
     * may be missing is an {@link Optional} (Scala's {@code Option}; the dialect decides how it prints).
     */
    private Rdd<Tuple> joined(Rdd<?> other, HashPartitioner partitioner, boolean leftOptional,
                              boolean rightOptional) {
        return cogroup(List.of(other), partitioner).pairs().flatMapValues(groups -> {
            Tuple sides = (Tuple) groups;
            Buffer left = (Buffer) sides.get(0);
            Buffer right = (Buffer) sides.get(1);
            List<Object> out = new ArrayList<>();
            if (left.isEmpty() && right.isEmpty()) {
                return out;
            }
            if (left.isEmpty()) {
                if (leftOptional) {
                    for (Object w : right) {
                        out.add(Tuple.pair(Optional.empty(), wrap(w, rightOptional)));
                    }
                }
                return out;
            }
            if (right.isEmpty()) {
                if (rightOptional) {
                    for (Object v : left) {
                        out.add(Tuple.pair(wrap(v, leftOptional), Optional.empty()));
                    }
                }
                return out;
            }
            for (Object v : left) {
                for (Object w : right) {
                    out.add(Tuple.pair(wrap(v, leftOptional), wrap(w, rightOptional)));
                }
            }
            return out;
        });
    }

    private static Object wrap(Object value, boolean optional) {
        return optional ? Optional.ofNullable(value) : value;
    }

    /**
     * Spark's SubtractedRDD: the left pairs whose key the right side lacks, emitted in {@code java.util.HashMap}
     * iteration order of the left keys.
     */
    public Rdd<Tuple> subtractByKey(Rdd<?> other, HashPartitioner partitioner) {
        Rdd<?> left = partitioner.equals(rdd.partitioner()) ? rdd : new ShuffledRdd<>(rdd, partitioner, null, false);
        Rdd<?> right = partitioner.equals(other.partitioner())
                ? other : new ShuffledRdd<>(other, partitioner, null, false);
        return new MapPartitionsRdd<>(left, (index, it) -> {
            JavaHashMapOrder<List<Object>> kept = new JavaHashMapOrder<>(context().hashing());
            while (it.hasNext()) {
                Tuple t = asPair(it.next());
                kept.computeIfAbsent(t.key(), k -> new ArrayList<>()).add(t.value());
            }
            right.iterator(index).forEachRemaining(x -> kept.remove(asPair(x).key()));
            List<Tuple> out = new ArrayList<>();
            kept.forEach((k, vs) -> vs.forEach(v -> out.add(Tuple.pair(k, v))));
            return out.iterator();
        }, true);
    }

    public Rdd<Tuple> sortByKey(Comparator<Object> order, boolean ascending, int numPartitions) {
        @SuppressWarnings("unchecked")
        Rdd<Tuple> pairs = (Rdd<Tuple>) rdd;
        return pairs.sortBy(t -> asPair(t).key(), order, ascending, numPartitions);
    }

    /** {@code countByKey}: keys with their number of values, in the order the reduce emits them. */
    public Map<Object, Long> countByKey() {
        Map<Object, Long> counts = new LinkedHashMap<>();
        for (Object x : mapValues(v -> 1L).pairs()
                .reduceByKey((a, b) -> (Long) a + (Long) b, context().partitioner(rdd.numPartitions() == 0
                        ? null : rdd.numPartitions()))
                .collect()) {
            Tuple t = (Tuple) x;
            counts.put(t.key(), (Long) t.value());
        }
        return counts;
    }

    public List<Object> lookup(Object key) {
        List<Object> out = new ArrayList<>();
        rdd.foreach(x -> {
            Tuple t = asPair(x);
            if (java.util.Objects.equals(t.key(), key)) {
                out.add(t.value());
            }
        });
        return out;
    }
}
