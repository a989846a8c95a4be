package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.rdd.HashPartitioner;
import dev.streamlab.engine.rdd.PairRddFunctions;
import dev.streamlab.engine.rdd.Rdd;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * {@code mapWithState}: the function runs once per record, in arrival order within each partition, seeing the state
 * earlier records of the same key left. Its results are this stream; {@link #stateSnapshots()} is the state after each
 * batch. Idle keys time out only on batches where the state is checkpointed (every 10 batches by default).
 */
public final class MapWithStateDStream extends DStream<Object> {

    private final StateStream internal;

    MapWithStateDStream(DStream<Tuple> parent, StateSpec spec) {
        super(parent.context());
        this.internal = new StateStream(parent, spec, this);
    }

    @Override
    public Duration slideDuration() {
        return internal.slideDuration();
    }

    @Override
    public List<DStream<?>> dependencies() {
        return List.of(internal);
    }

    @Override
    public DStream<Object> checkpoint(Duration interval) {
        internal.checkpoint(interval);
        return this;
    }

    @Override
    protected Rdd<Object> compute(Time validTime) {
        Rdd<Partition> states = internal.getOrCompute(validTime);
        return states == null ? null : states.flatMap(Partition::emitted);
    }

    /** Every (key, state) after each batch. */
    public DStream<Tuple> stateSnapshots() {
        return new DerivedDStream<>("FlatMappedDStream", internal, rdd -> rdd.flatMap(Partition::snapshot));
    }

    /** One partition's state after a batch, and what the batch emitted. */
    record Partition(StateMap states, List<Object> emitted) {
        List<Tuple> snapshot() {
            List<Tuple> out = new ArrayList<>();
            for (StateMap.Entry e : states.all()) {
                out.add(Tuple.pair(e.key(), e.state()));
            }
            return out;
        }
    }

    /** Spark's InternalMapWithStateDStream: one {@link Partition} record per partition per batch. */
    private static final class StateStream extends DStream<Partition> {

        private final DStream<Tuple> parent;
        private final StateSpec spec;
        private final HashPartitioner partitioner;
        private final DStream<?> owner;

        StateStream(DStream<Tuple> parent, StateSpec spec, DStream<?> owner) {
            super(parent.context());
            this.parent = parent;
            this.spec = spec;
            this.owner = owner;
            this.partitioner = ssc.rddContext().partitioner(spec.partitions());
            super.persist();
        }

        @Override
        public String name() {
            return "InternalMapWithStateDStream";
        }

        @Override
        public Duration slideDuration() {
            return parent.slideDuration();
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
        public void initialize(Time zero) {
            if (checkpointInterval() == null) {
                super.checkpoint(slideDuration().times(10));
            }
            super.initialize(zero);
        }

        @Override
        protected Rdd<Partition> compute(Time validTime) {
            Rdd<Partition> previous = getOrCompute(validTime.minus(slideDuration()));
            if (previous == null) {
                previous = initialStates(validTime);
            }
            Rdd<Tuple> data = parent.getOrCompute(validTime);
            Rdd<Tuple> partitioned = data == null
                    ? Rdd.parallelize(ssc.rddContext(), List.of(), partitioner.numPartitions())
                    : data.pairs().partitionBy(partitioner);
            Rdd<Partition> prev = previous;
            boolean compactPrevious = isCheckpointTime(validTime.minus(slideDuration()));
            boolean fullScan = isCheckpointTime(validTime);
            Duration timeout = spec.timeoutDuration();
            Long threshold = timeout == null ? null : validTime.minus(timeout).milliseconds();
            Rdd<Partition> next = partitioned.mapPartitionsWithIndex((index, records) -> {
                Partition before = prev.iterator(index).next();
                if (compactPrevious) {
                    before.states().compactForCheckpoint();
                }
                return List.of(step(before, records, validTime, threshold, fullScan)).iterator();
            }, true);
            // Reported under the stream the program holds, whose site the lab knows.
            ssc.trace().state(owner, validTime, prev.flatMap(Partition::snapshot),
                    next.flatMap(Partition::snapshot));
            return next;
        }

        private Partition step(Partition before, Iterator<Tuple> records, Time time, Long threshold,
                               boolean fullScan) {
            StateMap states = before.states().copy();
            List<Object> emitted = new ArrayList<>();
            MappedState state = new MappedState();
            while (records.hasNext()) {
                Tuple record = PairRddFunctions.asPair(records.next());
                Object key = record.key();
                boolean exists = states.contains(key);
                state.wrap(exists, exists ? states.get(key) : null);
                spec.mappingFunction().apply(time, key, Optional.ofNullable(record.value()), state)
                        .ifPresent(emitted::add);
                if (state.isRemoved()) {
                    states.remove(key);
                } else if (state.isUpdated() || (state.exists() && threshold != null)) {
                    states.put(key, state.get(), time.milliseconds());
                }
            }
            if (fullScan && threshold != null) {
                for (StateMap.Entry idle : states.olderThan(threshold)) {
                    state.wrapTimingOut(idle.state());
                    spec.mappingFunction().apply(time, idle.key(), Optional.empty(), state).ifPresent(emitted::add);
                    states.remove(idle.key());
                }
            }
            return new Partition(states, emitted);
        }

        private Rdd<Partition> initialStates(Time firstBatch) {
            int n = partitioner.numPartitions();
            List<StateMap> states = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                states.add(StateMap.empty(ssc.rddContext().hashing()));
            }
            Rdd<?> initial = spec.initialStateRdd();
            if (initial != null) {
                for (Object x : initial.collect()) {
                    Tuple t = PairRddFunctions.asPair(x);
                    int p = partitioner.partition(t.key(), ssc.rddContext().hashing());
                    states.get(p).put(t.key(), t.value(), firstBatch.milliseconds());
                }
            }
            List<List<Partition>> partitions = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                partitions.add(List.of(new Partition(states.get(i), List.of())));
            }
            return Rdd.fromPartitions(ssc.rddContext(), partitions);
        }
    }
}
