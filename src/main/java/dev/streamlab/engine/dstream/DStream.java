package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.PrintFormat;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.rdd.Aggregator;
import dev.streamlab.engine.rdd.Rdd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A discretized stream: one RDD per valid batch time. Subclasses say what they depend on, how often they produce
 * ({@link #slideDuration()}) and how to {@link #compute} one batch; this class caches what was generated, checks
 * Spark's rules at start, and forgets RDDs that nothing needs any more.
 */
public abstract class DStream<T> {

    /** The context this stream runs in: a context recovered from a checkpoint adopts the checkpointed streams. */
    protected StreamingContext ssc;
    private final int id;
    private final TreeMap<Time, Rdd<T>> generated = new TreeMap<>();
    private boolean persisted;
    private Duration checkpointInterval;
    private Duration rememberDuration;
    private Time zeroTime;
    private String site;

    private String operation;

    private Object creationSite;

    protected DStream(StreamingContext ssc) {
        ssc.checkCanAddStreams();
        this.ssc = ssc;
        this.id = ssc.registerStream(this);
    }

    public abstract Duration slideDuration();

    /** Where the program created this stream (Spark's creation site), as the program's language locates code. */
    public Object creationSite() {
        return creationSite;
    }

    /** Remembers where the program created this stream; the first site given stays. */
    public void creationSite(Object site) {
        if (creationSite == null) {
            creationSite = site;
        }
    }

    public abstract List<DStream<?>> dependencies();

    /** The RDD of {@code validTime}, or null when this stream has none then. */
    protected abstract Rdd<T> compute(Time validTime);

    /** Stateful streams need a checkpoint directory (semantics spec §1.3). */
    protected boolean mustCheckpoint() {
        return false;
    }

    /** Extra remember time parents need for this stream (a window needs its length). */
    protected Duration parentRememberExtra() {
        return new Duration(0);
    }

    public final StreamingContext context() {
        return ssc;
    }

    public final int id() {
        return id;
    }

    /** Spark's class name for this stream, as its messages show it. */
    public String name() {
        return getClass().getSimpleName();
    }

    /** How reports name the stream: the operation that made it ({@code reduceByKey}), else its Spark class's name. */
    public String label() {
        return operation != null ? operation : name();
    }

    /** Names the stream by the operation that made it, as Spark's UI does. */
    public DStream<T> describedAs(String operationName) {
        this.operation = operationName;
        return this;
    }

    /** Where the program created this stream (e.g. {@code "line 12"}), for reports; may be null. */
    public String site() {
        return site;
    }

    public DStream<T> withSite(String where) {
        this.site = where;
        return this;
    }

    public final Time zeroTime() {
        return zeroTime;
    }

    public final boolean isTimeValid(Time time) {
        if (zeroTime == null || !time.isAfter(zeroTime)) {
            return false;
        }
        return time.minus(zeroTime).isMultipleOf(slideDuration());
    }

    /** The RDD of {@code time}: computed once, then cached until forgotten. */
    public final Rdd<T> getOrCompute(Time time) {
        synchronized (generated) {
            if (generated.containsKey(time)) {
                return generated.get(time);
            }
        }
        if (!isTimeValid(time)) {
            return null;
        }
        Rdd<T> rdd = compute(time);
        if (rdd != null && (persisted || checkpointInterval != null)) {
            rdd.persist();
        }
        if (rdd != null && isCheckpointTime(time)) {
            rdd.checkpoint();
        }
        synchronized (generated) {
            generated.put(time, rdd);
        }
        return rdd;
    }

    /** The RDD already generated for {@code time}, or null: never computes (what the lab's views look at). */
    public final Rdd<T> generatedAt(Time time) {
        synchronized (generated) {
            return generated.get(time);
        }
    }

    /** Whether this stream's state is checkpointed at {@code time} (only mapWithState timeouts can tell). */
    public final boolean isCheckpointTime(Time time) {
        return checkpointInterval != null && zeroTime != null
                && time.minus(zeroTime).isMultipleOf(checkpointInterval);
    }

    // ---- life cycle, called by the context at start and after each batch

    public void initialize(Time zero) {
        if (zeroTime != null && zeroTime.equals(zero)) {
            return;
        }
        zeroTime = zero;
        if (mustCheckpoint() && checkpointInterval == null) {
            long slide = slideDuration().milliseconds();
            checkpointInterval = new Duration(slide * (long) Math.ceil(10_000.0 / slide));
        }
        Duration minRemember = slideDuration();
        if (checkpointInterval != null && !minRemember.isLongerThan(checkpointInterval)) {
            minRemember = checkpointInterval.times(2);
        }
        if (rememberDuration == null || rememberDuration.isShorterThan(minRemember)) {
            rememberDuration = minRemember;
        }
        for (DStream<?> d : dependencies()) {
            d.initialize(zero);
        }
    }

    public void remember(Duration duration) {
        if (duration != null && (rememberDuration == null || duration.isLongerThan(rememberDuration))) {
            rememberDuration = duration;
        }
        for (DStream<?> d : dependencies()) {
            d.remember(rememberDuration.plus(parentRememberExtra()));
        }
    }

    public void validateAtStart() {
        String cls = name();
        EngineException.require(!mustCheckpoint() || checkpointInterval != null,
                "The checkpoint interval for " + cls + " has not been set. Please use DStream.checkpoint() to set"
                        + " the interval.", "call checkpoint(interval) on the stream");
        EngineException.require(checkpointInterval == null || ssc.checkpointDirectory() != null,
                "The checkpoint directory has not been set. Please set it by StreamingContext.checkpoint().",
                "stateful operations (updateStateByKey, mapWithState, windows with an inverse function,"
                        + " countByWindow, countByValueAndWindow) need ssc.checkpoint(\"dir\") before start()");
        EngineException.require(checkpointInterval == null || !checkpointInterval.isShorterThan(slideDuration()),
                "The checkpoint interval for " + cls + " has been set to " + checkpointInterval
                        + " which is lower than its slide time (" + slideDuration() + "). Please set it to at least "
                        + slideDuration() + ".", "use a checkpoint interval of at least the slide");
        EngineException.require(checkpointInterval == null || checkpointInterval.isMultipleOf(slideDuration()),
                "The checkpoint interval for " + cls + " has been set to  " + checkpointInterval
                        + " which not a multiple of its slide time (" + slideDuration() + "). Please set it to a"
                        + " multiple of " + slideDuration() + ".",
                "make the checkpoint interval a multiple of the stream's slide");
        for (DStream<?> d : dependencies()) {
            d.validateAtStart();
        }
    }

    public void clearMetadata(Time time) {
        synchronized (generated) {
            Rdd<T> current = generated.get(time);
            if (current != null && current.isCheckpointed()) {
                generated.put(time, current.checkpointedCopy());
            }
            Time oldest = time.minus(rememberDuration);
            generated.headMap(oldest, false).clear();
        }
        for (DStream<?> d : dependencies()) {
            d.clearMetadata(time);
        }
    }

    /** What a checkpoint written now keeps of this stream: its checkpointed RDDs still remembered. */
    public final CheckpointData checkpointData() {
        NavigableMap<Time, Rdd<?>> kept = new TreeMap<>();
        synchronized (generated) {
            generated.forEach((time, rdd) -> {
                if (rdd != null && rdd.isCheckpointed()) {
                    kept.put(time, rdd);
                }
            });
        }
        return new CheckpointData(kept, inputMetadata());
    }

    /**
     * Makes this stream part of {@code context}, a context recovered from a checkpoint: it remembers exactly the
     * RDDs the checkpoint kept (everything else is computed again), as Spark's {@code restoreCheckpointData} does.
     */
    @SuppressWarnings("unchecked")
    public final void restore(StreamingContext context, CheckpointData data) {
        this.ssc = context;
        synchronized (generated) {
            generated.clear();
            data.rdds().forEach((time, rdd) -> generated.put(time, (Rdd<T>) rdd));
        }
        restoreInputMetadata(data.inputMetadata());
    }

    /** Puts back the RDD of {@code time} while restoring, for an input stream that rebuilds it from its metadata. */
    protected final void restoreRdd(Time time, Rdd<T> rdd) {
        synchronized (generated) {
            generated.put(time, rdd);
        }
    }

    /** What an input stream must carry through a checkpoint besides RDDs; null for none. */
    protected Object inputMetadata() {
        return null;
    }

    /** Takes back what {@link #inputMetadata()} gave; the restored RDDs are already in place. */
    protected void restoreInputMetadata(Object metadata) {
    }

    public final Duration rememberDuration() {
        return rememberDuration;
    }

    public final Duration checkpointInterval() {
        return checkpointInterval;
    }

    // ---- configuration

    public DStream<T> persist() {
        ssc.checkNotStartedFor("Cannot change storage level of a DStream after streaming context has started");
        persisted = true;
        return this;
    }

    public DStream<T> cache() {
        return persist();
    }

    public DStream<T> checkpoint(Duration interval) {
        ssc.checkNotStartedFor("Cannot change checkpoint interval of a DStream after streaming context has started");
        persist();
        checkpointInterval = interval;
        return this;
    }

    /** The RDDs generated between two times (both included), oldest first (Spark's {@code slice}). */
    public List<Rdd<T>> slice(Time from, Time to) {
        if (zeroTime == null) {
            throw new EngineException(EngineException.SPARK, this + " has not been initialized",
                    "slice only works after ssc.start()");
        }
        Duration slide = slideDuration();
        Time align = to.floor(slide, zeroTime);
        Time start = from.floor(slide, zeroTime);
        List<Rdd<T>> out = new ArrayList<>();
        for (Time t = start; !t.isAfter(align); t = t.plus(slide)) {
            if (!t.isAfter(zeroTime)) {
                continue;
            }
            Rdd<T> rdd = getOrCompute(t);
            if (rdd != null) {
                out.add(rdd);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return name() + "@" + id;
    }

    // ---- transformations

    public <U> DStream<U> map(Function<? super T, ? extends U> f) {
        return new DerivedDStream<>("MappedDStream", this, rdd -> rdd.map(f));
    }

    public <U> DStream<U> flatMap(Function<? super T, ? extends Iterable<? extends U>> f) {
        return new DerivedDStream<>("FlatMappedDStream", this, rdd -> rdd.flatMap(f));
    }

    public DStream<T> filter(Predicate<? super T> p) {
        return new DerivedDStream<>("FilteredDStream", this, rdd -> rdd.filter(p));
    }

    public DStream<List<T>> glom() {
        return new DerivedDStream<>("GlommedDStream", this, Rdd::glom);
    }

    public <U> DStream<U> mapPartitions(Function<? super Iterator<T>, ? extends Iterator<? extends U>> f,
                                        boolean preservesPartitioning) {
        return new DerivedDStream<>("MapPartitionedDStream", this,
                rdd -> rdd.mapPartitions(f, preservesPartitioning));
    }

    public <U> DStream<U> mapPartitionsWithIndex(
            BiFunction<Integer, ? super Iterator<T>, ? extends Iterator<? extends U>> f,
            boolean preservesPartitioning) {
        return new DerivedDStream<>("MapPartitionedDStream", this,
                rdd -> rdd.mapPartitionsWithIndex(f, preservesPartitioning));
    }

    public DStream<T> repartition(int numPartitions) {
        return transform(rdd -> rdd.repartition(numPartitions));
    }

    @SuppressWarnings("unchecked")
    public DStream<T> union(DStream<? extends T> other) {
        return new UnionDStream<>(List.of(this, (DStream<T>) other));
    }

    public <U> DStream<U> transform(Function<Rdd<T>, Rdd<U>> f) {
        return transform((rdd, time) -> f.apply(rdd));
    }

    @SuppressWarnings("unchecked")
    public <U> DStream<U> transform(BiFunction<Rdd<T>, Time, Rdd<U>> f) {
        return new TransformedDStream<>(List.of(this), (rdds, time) -> f.apply((Rdd<T>) rdds.get(0), time), true);
    }

    @SuppressWarnings("unchecked")
    public <U, V> DStream<V> transformWith(DStream<U> other, TransformWith<T, U, V> f) {
        return new TransformedDStream<>(List.of(this, other),
                (rdds, time) -> f.apply((Rdd<T>) rdds.get(0), (Rdd<U>) rdds.get(1), time), true);
    }

    /** Spark's count: a {@code (null, 0)} record is unioned in, so an empty batch counts 0. */
    public DStream<Long> count() {
        DStream<Tuple> ones = map(x -> Tuple.pair(null, 1L));
        DStream<Tuple> withZero = ones.transform(rdd -> rdd.union(
                Rdd.parallelize(rdd.context(), List.of(Tuple.pair(null, 0L)), 1)));
        return withZero.pairs().reduceByKey(DStream::addLongs, (Integer) null).map(t -> (Long) t.value());
    }

    public DStream<Tuple> countByValue(Integer numPartitions) {
        return map(x -> Tuple.pair(x, 1L)).pairs().reduceByKey(DStream::addLongs, numPartitions);
    }

    @SuppressWarnings("unchecked")
    public DStream<T> reduce(BinaryOperator<T> f) {
        return map(x -> Tuple.pair(null, x)).pairs()
                .reduceByKey((a, b) -> f.apply((T) a, (T) b), 1)
                .map(t -> (T) t.value());
    }

    public DStream<T> window(Duration windowDuration) {
        return window(windowDuration, slideDuration());
    }

    public DStream<T> window(Duration windowDuration, Duration slide) {
        return new WindowedDStream<>(this, windowDuration, slide);
    }

    /** Without an inverse: reduce each batch, window, reduce again (one element, none for an empty window). */
    public DStream<T> reduceByWindow(BinaryOperator<T> f, Duration windowDuration, Duration slide) {
        return reduce(f).window(windowDuration, slide).reduce(f);
    }

    /** With an inverse: the incremental windowed reduce of a single dummy key. Stateful. */
    @SuppressWarnings("unchecked")
    public DStream<T> reduceByWindow(BinaryOperator<T> f, BinaryOperator<T> inverse, Duration windowDuration,
                                     Duration slide) {
        return map(x -> Tuple.pair(1, x)).pairs()
                .reduceByKeyAndWindow((a, b) -> f.apply((T) a, (T) b), (a, b) -> inverse.apply((T) a, (T) b),
                        windowDuration, slide, 1, null)
                .map(t -> (T) t.value());
    }

    public DStream<Long> countByWindow(Duration windowDuration, Duration slide) {
        return map(x -> 1L).reduceByWindow((a, b) -> a + b, (a, b) -> a - b, windowDuration, slide);
    }

    public DStream<Tuple> countByValueAndWindow(Duration windowDuration, Duration slide, Integer numPartitions) {
        return map(x -> Tuple.pair(x, 1L)).pairs().reduceByKeyAndWindow(
                (a, b) -> (Long) a + (Long) b, (a, b) -> (Long) a - (Long) b, windowDuration, slide,
                numPartitions, t -> (Long) t.value() != 0L);
    }

    /** Key-value operations on a stream of pairs (Spark's {@code PairDStreamFunctions}). */
    public PairDStreamFunctions pairs() {
        return new PairDStreamFunctions(this);
    }

    // ---- output operations

    /** Spark's {@code print(num)}: the first {@code num} elements of every batch, framed by the batch time. */
    public void print(int num, PrintFormat format) {
        foreachRdd((rdd, time) -> {
            List<T> first = rdd.take(num + 1);
            ssc.sink().out("-------------------------------------------");
            ssc.sink().out("Time: " + format.time(time));
            ssc.sink().out("-------------------------------------------");
            for (int i = 0; i < first.size() && i < num; i++) {
                ssc.sink().out(format.element(first.get(i)));
            }
            if (first.size() > num) {
                ssc.sink().out("...");
            }
            ssc.sink().out("");
        }, "print");
    }

    public void foreachRdd(Consumer<Rdd<T>> f) {
        foreachRdd((rdd, time) -> f.accept(rdd), "foreachRDD");
    }

    public void foreachRdd(BiConsumer<Rdd<T>, Time> f) {
        foreachRdd(f, "foreachRDD");
    }

    void foreachRdd(BiConsumer<Rdd<T>, Time> f, String operation) {
        ssc.registerOutput(new ForEachDStream<>(this, f, operation));
    }

    /**
     * Spark's {@code saveAsTextFiles}: every batch becomes a directory {@code prefix-TIME[.suffix]} with one
     * {@code part-NNNNN} file per partition and an empty {@code _SUCCESS}, written under {@code root}.
     */
    public void saveAsTextFiles(Path root, String prefix, String suffix, Function<Object, String> format) {
        foreachRdd((rdd, time) -> TextFiles.save(root, prefix, suffix, time, rdd, format), "saveAsTextFiles");
    }

    static Object addLongs(Object a, Object b) {
        return (Long) a + (Long) b;
    }

    /** A function of two batches and the batch time (Spark's {@code transformWith}). */
    @FunctionalInterface
    public interface TransformWith<A, B, C> {
        Rdd<C> apply(Rdd<A> a, Rdd<B> b, Time time);
    }

}
