package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.rdd.Buffer;
import dev.streamlab.engine.rdd.HashPartitioner;
import dev.streamlab.engine.rdd.Rdd;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * {@code updateStateByKey}: every batch, the update function sees each key that has new values or a state —
 * keys with state but no data get an empty list — and the stream is the whole state after the batch.
 * The first batch groups the new data alone (or cogroups it with the initial state).
 */
public final class StateDStream extends DStream<Tuple> {

    /** Spark's most general update: an iterator of (key, new values, previous state) to (key, state) pairs. */
    @FunctionalInterface
    public interface PartitionUpdate {
        Iterator<Tuple> apply(Time time, Iterator<Update> updates);
    }

    /** One key's turn: its new values in arrival order and its previous state, if any. */
    public record Update(Object key, List<Object> values, Optional<Object> previous) {
    }

    private final DStream<Tuple> parent;
    private final PartitionUpdate update;
    private final HashPartitioner partitioner;
    private final boolean preservePartitioning;
    private final Rdd<Tuple> initial;

    StateDStream(DStream<Tuple> parent, PartitionUpdate update, HashPartitioner partitioner,
                 boolean preservePartitioning, Rdd<Tuple> initial) {
        super(parent.context());
        this.parent = parent;
        this.update = update;
        this.partitioner = partitioner;
        this.preservePartitioning = preservePartitioning;
        this.initial = initial;
        super.persist();
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
    protected Rdd<Tuple> compute(Time validTime) {
        Rdd<Tuple> previous = getOrCompute(validTime.minus(slideDuration()));
        Rdd<Tuple> data = parent.getOrCompute(validTime);
        Rdd<Tuple> state;
        if (previous != null) {
            state = data == null ? reapply(validTime, previous) : withPrevious(validTime, data, previous);
        } else if (data == null) {
            return null;
        } else if (initial != null) {
            state = withPrevious(validTime, data, initial);
        } else {
            state = data.pairs().groupByKey(partitioner).mapPartitions(it -> update.apply(validTime,
                    new Mapped<>(it, t -> new Update(t.key(), (Buffer) t.value(), Optional.empty()))),
                    preservePartitioning);
        }
        ssc.trace().state(this, validTime, previous != null ? previous : initial, state);
        return state;
    }

    private Rdd<Tuple> withPrevious(Time time, Rdd<Tuple> data, Rdd<Tuple> previous) {
        return data.pairs().cogroup(List.of(previous), partitioner).mapPartitions(it -> update.apply(time,
                new Mapped<>(it, t -> {
                    Tuple groups = (Tuple) t.value();
                    Buffer states = (Buffer) groups.get(1);
                    Optional<Object> prev = states.isEmpty() ? Optional.empty() : Optional.ofNullable(states.get(0));
                    return new Update(t.key(), (Buffer) groups.get(0), prev);
                })), preservePartitioning);
    }

    private Rdd<Tuple> reapply(Time time, Rdd<Tuple> previous) {
        return previous.mapPartitions(it -> update.apply(time,
                new Mapped<>(it, t -> new Update(t.key(), List.of(), Optional.ofNullable(t.value())))),
                preservePartitioning);
    }

    /** A lazy mapping iterator, so that the update function runs only as records are pulled, as in Spark. */
    private record Mapped<A, B>(Iterator<A> in, java.util.function.Function<A, B> f) implements Iterator<B> {
        @Override
        public boolean hasNext() {
            return in.hasNext();
        }

        @Override
        public B next() {
            return f.apply(in.next());
        }
    }
}
