package dev.streamlab.engine.rdd;

import dev.streamlab.engine.KeyHashing;
import dev.streamlab.engine.Tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * A shuffle: every parent partition is split by key into the reduce partitions (once, then reused by later jobs as
 * Spark reuses shuffle files), and each reduce partition merges what it receives, map partitions in index order.
 * The order keys come out in is the language's (semantics spec §6.3, §6.4).
 */
final class ShuffledRdd<V, C> extends Rdd<Tuple> {

    /** Keys are the integer positions {@code repartition} deals records to. */
    enum PositionHashing implements KeyHashing {
        INSTANCE;

        @Override
        public int partition(Object key, int partitions) {
            return Math.floorMod((Integer) key, partitions);
        }

        @Override
        public boolean slotOrdered() {
            return false;
        }

        @Override
        public int jvmHashCode(Object key) {
            return (Integer) key;
        }
    }

    private final Rdd<?> parent;
    private final HashPartitioner partitioner;
    private final Aggregator<V, C> aggregator;
    private final boolean mapSideCombine;
    private final KeyHashing hashing;
    private List<Tuple>[][] mapOutputs;

    ShuffledRdd(Rdd<?> parent, HashPartitioner partitioner, Aggregator<V, C> aggregator, boolean mapSideCombine) {
        this(parent, partitioner, aggregator, mapSideCombine, parent.context.hashing());
    }

    ShuffledRdd(Rdd<?> parent, HashPartitioner partitioner, Aggregator<V, C> aggregator, boolean mapSideCombine,
                KeyHashing hashing) {
        super(parent.context);
        this.parent = parent;
        this.partitioner = partitioner;
        this.aggregator = aggregator;
        this.mapSideCombine = mapSideCombine && aggregator != null;
        this.hashing = hashing;
    }

    @Override
    protected List<Rdd<?>> dependencies() {
        return List.of(parent);
    }

    @Override
    public int numPartitions() {
        return partitioner.numPartitions();
    }

    @Override
    public HashPartitioner partitioner() {
        return partitioner;
    }

    /** The records reduce partition {@code reduce} receives, in arrival order. */
    @SuppressWarnings("unchecked")
    Iterator<Tuple> fetch(int reduce) {
        List<Tuple>[][] outputs = mapOutputs();
        Iterator<Tuple>[] parts = new Iterator[outputs.length];
        for (int m = 0; m < outputs.length; m++) {
            parts[m] = outputs[m][reduce].iterator();
        }
        return Iterators.concat(parts);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Iterator<Tuple> compute(int reduce) {
        if (aggregator == null) {
            return fetch(reduce);
        }
        KeyedMap<C> combined = KeyedMap.create(hashing);
        for (List<Tuple>[] output : mapOutputs()) {
            for (Tuple record : output[reduce]) {
                if (mapSideCombine) {
                    combined.combine(record.key(), (C) record.value(), c -> c, aggregator.mergeCombiners());
                } else {
                    combined.combine(record.key(), (V) record.value(), aggregator.createCombiner(),
                            aggregator.mergeValue());
                }
            }
        }
        List<Tuple> out = new ArrayList<>(combined.size());
        combined.forEach((k, c) -> out.add(Tuple.pair(k, c)));
        return out.iterator();
    }

    private synchronized List<Tuple>[][] mapOutputs() {
        if (mapOutputs == null) {
            @SuppressWarnings("unchecked")
            List<Tuple>[][] outputs = new List[parent.numPartitions()][];
            for (int m = 0; m < outputs.length; m++) {
                outputs[m] = writeMapOutput(m);
            }
            mapOutputs = outputs;
        }
        return mapOutputs;
    }

    @SuppressWarnings("unchecked")
    private List<Tuple>[] writeMapOutput(int map) {
        int n = partitioner.numPartitions();
        List<Tuple>[] buckets = new List[n];
        for (int r = 0; r < n; r++) {
            buckets[r] = new ArrayList<>();
        }
        Iterator<?> records = parent.iterator(map);
        if (!mapSideCombine) {
            while (records.hasNext()) {
                Tuple record = PairRddFunctions.asPair(records.next());
                buckets[partitioner.partition(record.key(), hashing)].add(record);
            }
            return buckets;
        }
        KeyedMap<C> combined = KeyedMap.create(hashing);
        while (records.hasNext()) {
            Tuple record = PairRddFunctions.asPair(records.next());
            combined.combine(record.key(), (V) record.value(), aggregator.createCombiner(),
                    aggregator.mergeValue());
        }
        combined.forEach((k, c) -> buckets[partitioner.partition(k, hashing)].add(Tuple.pair(k, c)));
        if (hashing.slotOrdered()) {
            // Spark's sort-based shuffle writes each bucket sorted by key hash code (stable for ties).
            for (List<Tuple> bucket : buckets) {
                bucket.sort((a, b) -> Integer.compare(hashing.jvmHashCode(a.key()), hashing.jvmHashCode(b.key())));
            }
        }
        for (int r = 0; r < n; r++) {
            buckets[r] = Collections.unmodifiableList(buckets[r]);
        }
        return buckets;
    }
}
