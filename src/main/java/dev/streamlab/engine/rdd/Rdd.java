package dev.streamlab.engine.rdd;

import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.PerTask;
import dev.streamlab.engine.Tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * An immutable, partitioned, lazily computed collection: the data of one batch. As in Spark, transformations only
 * describe work; an action (collect, take, foreach …) computes the partitions it needs, and an RDD that is not
 * persisted is computed again by every action — which is when a student's function runs and prints.
 */
public abstract class Rdd<T> {

    /** Set while something outside the program's jobs reads data (a batch report): see {@link #lookWithoutKeeping}. */
    /** Up to this fraction a sample with replacement draws Spark's own counts (see {@link PoissonSampler}). */
    public static final double EXACT_POISSON_MAX_FRACTION = BernoulliSampler.GAP_SAMPLING_MAX_FRACTION;

    /** {@code RandomSampler.roundingEpsilon}: how far past 1 a fraction without replacement may be. */
    private static final double ROUNDING_EPSILON = 1e-6;

    private static final ThreadLocal<Boolean> LOOKING = ThreadLocal.withInitial(() -> false);

    protected final RddContext context;
    private boolean persisted;
    private List<T>[] cache;
    private boolean checkpointMarked;
    private boolean checkpointVisited;
    private volatile boolean checkpointed;

    protected Rdd(RddContext context) {
        this.context = Objects.requireNonNull(context);
    }

    public RddContext context() {
        return context;
    }

    public abstract int numPartitions();

    /** Computes one partition from scratch. */
    protected abstract Iterator<T> compute(int partition);

    /** The RDDs this one reads, for checkpointing after a job. */
    protected abstract List<Rdd<?>> dependencies();

    /** The partitioner whose layout this RDD already has, or null. */
    public HashPartitioner partitioner() {
        return null;
    }

    /** The records of one partition: from the cache when persisted and already computed. */
    @SuppressWarnings("unchecked")
    public final Iterator<T> iterator(int partition) {
        if (!persisted && !checkpointed) {
            return compute(partition);
        }
        synchronized (this) {
            if (cache == null) {
                cache = (List<T>[]) new List[numPartitions()];
            }
            if (cache[partition] == null && LOOKING.get()) {
                if (!checkpointMarked) {
                    return compute(partition);
                }
                // No job has used this checkpoint-time RDD, so Spark would not have run it either: checkpointing
                // it now, quietly, keeps a state that no job reads from growing an endless lineage.
                materialize();
                checkpointed = true;
                checkpointVisited = true;
            }
            if (cache[partition] == null) {
                List<T> computed = new ArrayList<>();
                compute(partition).forEachRemaining(computed::add);
                cache[partition] = Collections.unmodifiableList(computed);
            }
            return cache[partition].iterator();
        }
    }

    public Rdd<T> persist() {
        persisted = true;
        return this;
    }

    public Rdd<T> cache() {
        return persist();
    }

    public boolean isPersisted() {
        return persisted;
    }

    /**
     * Runs {@code look} as a look at data that the program's jobs did not ask for, leaving no trace: persisted
     * partitions it computes are not kept and no job-end checkpoint runs, so that the program's own jobs later
     * compute them — running the program's functions and printlns — when Spark would.
     */
    public static <R> R lookWithoutKeeping(Supplier<R> look) {
        boolean outer = LOOKING.get();
        LOOKING.set(true);
        try {
            return look.get();
        } finally {
            LOOKING.set(outer);
        }
    }

    /**
     * Spark's {@code rdd.checkpoint()}: the first job that uses this RDD ends by computing every one of its
     * partitions (running their functions, printlns included) and keeping them, so that later batches start here.
     */
    public void checkpoint() {
        checkpointMarked = true;
    }

    /** Whether a job has materialized this RDD for its checkpoint. */
    public boolean isCheckpointed() {
        return checkpointed;
    }

    /**
     * After checkpointing, the kept partitions as an RDD with the same layout and nothing behind it: what Spark
     * reads back from the checkpoint directory, so that a state's lineage stops growing.
     */
    public Rdd<T> checkpointedCopy() {
        if (!checkpointed) {
            return this;
        }
        return new CheckpointRdd<>(context, List.of(cache), partitioner());
    }

    /**
     * Spark's {@code doCheckpoint}, run after every job: every RDD of the job's lineage marked for checkpointing is
     * computed in full, ancestors first (streaming jobs set {@code checkpointAllMarkedAncestors}). Each RDD is
     * visited once.
     */
    final synchronized void afterJob() {
        if (checkpointVisited || LOOKING.get()) {
            return;
        }
        checkpointVisited = true;
        for (Rdd<?> dependency : dependencies()) {
            dependency.afterJob();
        }
        if (checkpointMarked) {
            materialize();
            checkpointed = true;
        }
    }

    @SuppressWarnings("unchecked")
    private synchronized void materialize() {
        if (cache == null) {
            cache = (List<T>[]) new List[numPartitions()];
        }
        for (int p = 0; p < cache.length; p++) {
            if (cache[p] == null) {
                List<T> computed = new ArrayList<>();
                compute(p).forEachRemaining(computed::add);
                cache[p] = Collections.unmodifiableList(computed);
            }
        }
    }

    // ---- factories

    public static <T> Rdd<T> empty(RddContext context) {
        return new ParallelRdd<>(context, List.of());
    }

    /** Spark's {@code parallelize}: element i of n goes to slice {@code s} where {@code s·n/slices ≤ i < (s+1)·n/slices}. */
    public static <T> Rdd<T> parallelize(RddContext context, List<? extends T> items, int numSlices) {
        if (numSlices < 1) {
            throw new EngineException(EngineException.ILLEGAL_ARGUMENT,
                    "Positive number of partitions required", "pass a number of slices of at least 1");
        }
        List<List<T>> partitions = new ArrayList<>(numSlices);
        long length = items.size();
        for (int s = 0; s < numSlices; s++) {
            int start = (int) (s * length / numSlices);
            int end = (int) ((s + 1) * length / numSlices);
            partitions.add(List.copyOf(items.subList(start, end)));
        }
        return new ParallelRdd<>(context, partitions);
    }

    public static <T> Rdd<T> fromPartitions(RddContext context, List<? extends List<? extends T>> partitions) {
        List<List<T>> copy = new ArrayList<>(partitions.size());
        for (List<? extends T> p : partitions) {
            copy.add(Collections.unmodifiableList(new ArrayList<T>(p)));
        }
        return new ParallelRdd<>(context, copy);
    }

    /** Spark's {@code new UnionRDD(sc, parents)}: every parent's partitions in turn, whatever their layout. */
    public static <T> Rdd<T> concat(RddContext context, List<? extends Rdd<? extends T>> parents) {
        return new UnionRdd<>(context, new ArrayList<>(parents));
    }

    /**
     * {@code SparkContext.union}: parents with no partitions are dropped; when all the others share one partitioner,
     * partition i of the result is every parent's partition i, otherwise the partitions are concatenated.
     */
    public static <T> Rdd<T> union(RddContext context, List<? extends Rdd<? extends T>> parents) {
        List<Rdd<? extends T>> nonEmpty = new ArrayList<>();
        for (Rdd<? extends T> p : parents) {
            if (p.numPartitions() > 0) {
                nonEmpty.add(p);
            }
        }
        HashPartitioner shared = nonEmpty.isEmpty() ? null : nonEmpty.get(0).partitioner();
        for (Rdd<? extends T> p : nonEmpty) {
            if (shared == null || !shared.equals(p.partitioner())) {
                shared = null;
                break;
            }
        }
        return shared != null
                ? new PartitionerAwareUnionRdd<>(context, nonEmpty, shared)
                : new UnionRdd<>(context, nonEmpty);
    }

    // ---- narrow transformations

    public <U> Rdd<U> map(Function<? super T, ? extends U> f) {
        return new MapPartitionsRdd<>(this, (index, it) -> Iterators.map(it, PerTask.own(f)), false);
    }

    public <U> Rdd<U> flatMap(Function<? super T, ? extends Iterable<? extends U>> f) {
        return new MapPartitionsRdd<>(this, (index, it) -> Iterators.flatMap(it, PerTask.own(f)), false);
    }

    public Rdd<T> filter(Predicate<? super T> p) {
        return new MapPartitionsRdd<>(this, (index, it) -> Iterators.filter(it, PerTask.own(p)), true);
    }

    public <U> Rdd<U> mapPartitions(Function<? super Iterator<T>, ? extends Iterator<? extends U>> f,
                                    boolean preservesPartitioning) {
        return mapPartitionsWithIndex((index, it) -> PerTask.own(f).apply(it), preservesPartitioning);
    }

    @SuppressWarnings("unchecked")
    public <U> Rdd<U> mapPartitionsWithIndex(
            BiFunction<Integer, ? super Iterator<T>, ? extends Iterator<? extends U>> f,
            boolean preservesPartitioning) {
        return new MapPartitionsRdd<>(this, (index, it) -> {
            Iterator<? extends U> out = PerTask.own(f).apply(index, it);
            return out == null ? Collections.emptyIterator() : (Iterator<U>) out;
        }, preservesPartitioning);
    }

    public Rdd<List<T>> glom() {
        return new MapPartitionsRdd<>(this, (index, it) -> {
            List<T> all = new ArrayList<>();
            it.forEachRemaining(all::add);
            return List.of(Collections.unmodifiableList(all)).iterator();
        }, false);
    }

    public Rdd<T> union(Rdd<? extends T> other) {
        return union(context, List.of(this, other));
    }

    public <K> Rdd<Tuple> keyBy(Function<? super T, ? extends K> f) {
        return map(x -> Tuple.pair(f.apply(x), x));
    }

    public Rdd<Tuple> zipWithIndex() {
        long[] starts = new long[numPartitions()];
        long total = 0;
        for (int p = 0; p < starts.length; p++) {
            starts[p] = total;
            Iterator<T> it = iterator(p);
            while (it.hasNext()) {
                it.next();
                total++;
            }
        }
        afterJob();
        return new MapPartitionsRdd<>(this, (index, it) -> {
            long[] next = {starts[index]};
            return Iterators.map(it, x -> Tuple.pair(x, next[0]++));
        }, false);
    }

    /** {@code repartition(n)}: a shuffle that deals each partition's records round-robin from a seeded start. */
    public Rdd<T> repartition(int numPartitions) {
        return coalesce(numPartitions, true);
    }

    @SuppressWarnings("unchecked")
    public Rdd<T> coalesce(int numPartitions, boolean shuffle) {
        if (numPartitions < 1) {
            throw new EngineException(EngineException.ILLEGAL_ARGUMENT,
                    "requirement failed: Number of partitions (" + numPartitions + ") must be positive.",
                    "ask for at least one partition");
        }
        if (!shuffle) {
            return new CoalescedRdd<>(this, numPartitions);
        }
        Rdd<Tuple> positioned = mapPartitionsWithIndex((index, it) -> {
            int[] position = {new XorShiftRandom(index).nextInt(numPartitions)};
            return Iterators.map(it, x -> Tuple.pair(++position[0], x));
        }, false);
        Rdd<Tuple> shuffled = new ShuffledRdd<>(positioned, new HashPartitioner(numPartitions), null, false,
                ShuffledRdd.PositionHashing.INSTANCE);
        return shuffled.map(t -> (T) t.value());
    }

    public Rdd<T> distinct() {
        return distinct(numPartitions());
    }

    @SuppressWarnings("unchecked")
    public Rdd<T> distinct(int numPartitions) {
        return map(x -> Tuple.pair(x, null)).pairs()
                .reduceByKey((a, b) -> a, new HashPartitioner(numPartitions))
                .map(t -> (T) t.key());
    }

    @SuppressWarnings("unchecked")
    public Rdd<T> subtract(Rdd<? extends T> other) {
        return map(x -> Tuple.pair(x, null)).pairs()
                .subtractByKey(other.map(x -> Tuple.pair(x, null)), new HashPartitioner(numPartitions()))
                .map(t -> (T) t.key());
    }

    /**
     * Spark's {@code keyBy(key).sortByKey(ascending, numPartitions).values}: a {@link RangePartitioner} computed now
     * (Spark runs its sketch job when the sort is defined), a shuffle that reads map partitions in order, and a
     * stable sort of each partition, so equal keys keep the order they arrived in.
     */
    public <K> Rdd<T> sortBy(Function<? super T, ? extends K> key, Comparator<Object> order, boolean ascending,
                             int numPartitions) {
        Rdd<Tuple> keyed = map(x -> Tuple.pair(key.apply(x), x));
        RangePartitioner range = new RangePartitioner(numPartitions, keyed.map(Tuple::key), ascending, order,
                context.nextSortId());
        Comparator<Object> direction = ascending ? order : order.reversed();
        Rdd<Tuple> shuffled = new ShuffledRdd<>(keyed, new HashPartitioner(range.numPartitions()), null, false,
                range.placement());
        return new MapPartitionsRdd<>(shuffled, (index, it) -> {
            List<Tuple> records = new ArrayList<>();
            it.forEachRemaining(records::add);
            records.sort((a, b) -> direction.compare(a.key(), b.key()));
            @SuppressWarnings("unchecked")
            Iterator<T> values = records.stream().map(t -> (T) t.value()).iterator();
            return values;
        }, false);
    }

    /**
     * Spark's {@code sample}, a {@code PartitionwiseSampledRDD}: partition i's sampler is seeded with the i-th
     * {@code nextLong} of {@code new java.util.Random(seed)}, and its {@code XORShiftRandom} draws as Spark's samplers
     * do, so a seeded sample without replacement keeps the records Spark keeps. With replacement, see
     * {@link PoissonSampler} for what matches.
     */
    public Rdd<T> sample(boolean withReplacement, double fraction, long seed) {
        if (!(fraction >= 0)) {
            throw new EngineException(EngineException.ILLEGAL_ARGUMENT,
                    "requirement failed: Fraction must be nonnegative, but got " + fraction,
                    "pass a fraction of at least 0");
        }
        if (!withReplacement && fraction > 1 + ROUNDING_EPSILON) {
            throw new EngineException(EngineException.ILLEGAL_ARGUMENT,
                    "requirement failed: Sampling fraction (" + fraction + ") must be on interval [0, 1]",
                    "without replacement a record is kept at most once: pass a fraction between 0 and 1");
        }
        Random seeds = new Random(seed);
        long[] partitionSeeds = new long[numPartitions()];
        for (int p = 0; p < partitionSeeds.length; p++) {
            partitionSeeds[p] = seeds.nextLong();
        }
        return new MapPartitionsRdd<>(this, (index, it) -> {
            XorShiftRandom rng = new XorShiftRandom(partitionSeeds[index]);
            if (!withReplacement) {
                BernoulliSampler sampler = new BernoulliSampler(fraction, rng);
                return Iterators.filter(it, x -> sampler.keep());
            }
            PoissonSampler sampler = new PoissonSampler(fraction, rng);
            return Iterators.flatMap(it, x -> Collections.nCopies(sampler.copies(), x));
        }, true);
    }

    public PairRddFunctions pairs() {
        return new PairRddFunctions(this);
    }

    // ---- actions

    public List<T> collect() {
        List<T> out = new ArrayList<>();
        for (int p = 0; p < numPartitions(); p++) {
            iterator(p).forEachRemaining(out::add);
        }
        afterJob();
        return out;
    }

    public long count() {
        long n = 0;
        for (int p = 0; p < numPartitions(); p++) {
            Iterator<T> it = iterator(p);
            while (it.hasNext()) {
                it.next();
                n++;
            }
        }
        afterJob();
        return n;
    }

    /**
     * Spark's {@code take}: scans one partition, then more (up to 4× as many as scanned so far, estimated from the
     * yield) until it has {@code num}; in each scanned partition it computes only as many records as still wanted.
     */
    public List<T> take(int num) {
        List<T> buf = new ArrayList<>();
        int total = numPartitions();
        int scanned = 0;
        while (buf.size() < num && scanned < total) {
            int toTry = 1;
            int left = num - buf.size();
            if (scanned > 0) {
                if (buf.isEmpty()) {
                    toTry = scanned * 4;
                } else {
                    toTry = (int) Math.ceil(1.5 * left * scanned / buf.size());
                    toTry = Math.min(toTry, scanned * 4);
                }
            }
            int end = Math.min(scanned + toTry, total);
            List<List<T>> results = new ArrayList<>();
            for (int p = scanned; p < end; p++) {
                List<T> part = new ArrayList<>();
                Iterator<T> it = iterator(p);
                while (part.size() < left && it.hasNext()) {
                    part.add(it.next());
                }
                results.add(part);
            }
            afterJob();
            for (List<T> part : results) {
                for (T x : part) {
                    if (buf.size() < num) {
                        buf.add(x);
                    }
                }
            }
            scanned = end;
        }
        return buf;
    }

    /**
     * Spark's {@code takeSample}: a count, then everything shuffled when {@code num} covers it without replacement,
     * otherwise samples at {@code SamplingUtils.computeFractionForSampleSize} seeded by {@code rand.nextInt()} until
     * one holds {@code num} records, shuffled ({@code Utils.randomizeInPlace}) and cut to {@code num}; {@code rand} is
     * {@code new java.util.Random(seed)}.
     */
    public List<T> takeSample(boolean withReplacement, int num, long seed) {
        double numStDev = 10.0;
        if (num < 0) {
            throw new EngineException(EngineException.ILLEGAL_ARGUMENT,
                    "requirement failed: Negative number of elements requested", "ask for at least 0 elements");
        }
        if (num > Integer.MAX_VALUE - (int) (numStDev * Math.sqrt(Integer.MAX_VALUE))) {
            throw new EngineException(EngineException.ILLEGAL_ARGUMENT,
                    "requirement failed: Cannot support a sample size > Int.MaxValue - " + numStDev
                            + " * math.sqrt(Int.MaxValue)", "ask for a smaller sample");
        }
        if (num == 0) {
            return new ArrayList<>();
        }
        long initialCount = count();
        if (initialCount == 0) {
            return new ArrayList<>();
        }
        Random rand = new Random(seed);
        if (!withReplacement && num >= initialCount) {
            return randomizeInPlace(collect(), rand);
        }
        double fraction = fractionForSampleSize(num, initialCount, withReplacement);
        List<T> samples = sample(withReplacement, fraction, rand.nextInt()).collect();
        while (samples.size() < num) {
            samples = sample(withReplacement, fraction, rand.nextInt()).collect();
        }
        return new ArrayList<>(randomizeInPlace(samples, rand).subList(0, num));
    }

    /** {@code SamplingUtils.computeFractionForSampleSize}: a rate that yields {@code num} records 99.99 % of times. */
    static double fractionForSampleSize(int num, long total, boolean withReplacement) {
        double fraction = (double) num / total;
        if (withReplacement) {
            int numStDev = num < 12 ? 9 : 5;
            return fraction + numStDev * Math.sqrt(fraction / total);
        }
        double delta = 1e-4;
        double gamma = -Math.log(delta) / total;
        return Math.min(1, fraction + gamma + Math.sqrt(gamma * gamma + 2 * gamma * fraction));
    }

    /** {@code Utils.randomizeInPlace}: Fisher–Yates from the last element down, {@code rand.nextInt(i + 1)}. */
    private static <T> List<T> randomizeInPlace(List<T> items, Random rand) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = rand.nextInt(i + 1);
            T tmp = items.get(j);
            items.set(j, items.get(i));
            items.set(i, tmp);
        }
        return items;
    }

    public T first() {
        List<T> one = take(1);
        if (one.isEmpty()) {
            throw new EngineException("java.lang.UnsupportedOperationException", "empty collection",
                    "check rdd.isEmpty() before rdd.first()");
        }
        return one.get(0);
    }

    public boolean isEmpty() {
        return numPartitions() == 0 || take(1).isEmpty();
    }

    public void foreach(Consumer<? super T> f) {
        for (int p = 0; p < numPartitions(); p++) {
            iterator(p).forEachRemaining(PerTask.own(f));
        }
        afterJob();
    }

    public void foreachPartition(Consumer<? super Iterator<T>> f) {
        for (int p = 0; p < numPartitions(); p++) {
            Iterator<T> it = iterator(p);
            PerTask.own(f).accept(it);
            it.forEachRemaining(x -> { });
        }
        afterJob();
    }

    /** Spark's {@code reduce}: each partition reduced in order, then the partial results in partition order. */
    public T reduce(BinaryOperator<T> f) {
        T result = null;
        boolean any = false;
        for (int p = 0; p < numPartitions(); p++) {
            Iterator<T> it = iterator(p);
            if (!it.hasNext()) {
                continue;
            }
            T partial = it.next();
            while (it.hasNext()) {
                partial = f.apply(partial, it.next());
            }
            result = any ? f.apply(result, partial) : partial;
            any = true;
        }
        afterJob();
        if (!any) {
            throw new EngineException("java.lang.UnsupportedOperationException", "empty collection",
                    "reduce needs at least one element: check rdd.isEmpty() first, or use fold");
        }
        return result;
    }

    public T fold(T zero, BinaryOperator<T> f) {
        T result = zero;
        for (int p = 0; p < numPartitions(); p++) {
            T partial = zero;
            Iterator<T> it = iterator(p);
            while (it.hasNext()) {
                partial = f.apply(partial, it.next());
            }
            result = f.apply(result, partial);
        }
        afterJob();
        return result;
    }

    /** The {@code num} smallest elements by {@code order}, smallest first. */
    public List<T> takeOrdered(int num, Comparator<? super T> order) {
        List<T> all = new ArrayList<>(collect());
        all.sort(order);
        return new ArrayList<>(all.subList(0, Math.min(num, all.size())));
    }

    /** The {@code num} largest elements by {@code order}, largest first. */
    public List<T> top(int num, Comparator<? super T> order) {
        PriorityQueue<T> heap = new PriorityQueue<>(order);
        foreach(x -> {
            heap.add(x);
            if (heap.size() > num) {
                heap.poll();
            }
        });
        List<T> out = new ArrayList<>(heap);
        out.sort(order.reversed());
        return out;
    }

    @SuppressWarnings("unchecked")
    public Rdd<Tuple> countByValueRdd() {
        return map(x -> Tuple.pair(x, 1L)).pairs().reduceByKey((a, b) -> (Long) a + (Long) b,
                context.defaultPartitioner());
    }
}
