package dev.streamlab.lang.spark;

import dev.streamlab.engine.KeyHashing;
import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.rdd.Aggregator;
import dev.streamlab.engine.rdd.Buffer;
import dev.streamlab.engine.rdd.HashPartitioner;
import dev.streamlab.engine.rdd.PairRddFunctions;
import dev.streamlab.engine.rdd.Rdd;
import dev.streamlab.lang.python.PyCompare;
import dev.streamlab.lang.python.PyErrors;
import dev.streamlab.lang.python.PyRepr;
import dev.streamlab.lang.python.PythonRandom;
import dev.streamlab.lang.python.ResultIterable;
import dev.streamlab.lang.runtime.RunContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * PySpark's RDD methods as {@code pyspark/rdd.py} and {@code pyspark/join.py} write them in Python, on the engine's
 * shuffles: shuffles default to {@code _defaultReducePartitions()} (the RDD's own partitions), joins and cogroup are
 * a {@code union} then a {@code groupByKey}, sorts sample with Python's {@code random} and sort in Python. What the
 * JVM would do differently (its defaultPartitioner, RangePartitioner, bounded priority queues) does not apply.
 */
final class PySparkRdds {

    /** rdd.py's coalesce(shuffle=True): {@code BatchedSerializer(CPickleSerializer(), 10)}. */
    private static final int SHUFFLE_BATCH = 10;

    private final RunContext context;
    private final PyFunctions py;

    PySparkRdds(RunContext context) {
        this.context = context;
        this.py = PyFunctions.forRdd(context);
    }

    /** {@code _defaultReducePartitions}: spark.default.parallelism when set, else this RDD's partitions. */
    int defaultReducePartitions(Rdd<?> rdd) {
        SparkContextValue sc = context.service(Driver.class).sparkContextOrDefault();
        return sc.conf().contains("spark.default.parallelism") ? sc.defaultParallelism() : rdd.numPartitions();
    }

    private int partitions(Rdd<?> rdd, Object numPartitions, String method) {
        return numPartitions == null ? defaultReducePartitions(rdd) : Values.integer(numPartitions, method);
    }

    /** {@code Partitioner.__call__}: {@code partitionFunc(k) % numPartitions} with Python's modulo. */
    private KeyHashing placement(Object partitionFunc) {
        Function<Object, Object> f = py.map(Values.function(partitionFunc, "partitionFunc"));
        return pythonPlacement(f);
    }

    private static KeyHashing pythonPlacement(Function<Object, Object> index) {
        return KeyHashing.placement((key, partitions) -> partitionOf(index.apply(key), partitions));
    }

    private static int partitionOf(Object pythonInt, int partitions) {
        if (pythonInt instanceof Long n) {
            return (int) Math.floorMod(n, (long) partitions);
        }
        if (pythonInt instanceof java.math.BigInteger n) {
            return n.mod(java.math.BigInteger.valueOf(partitions)).intValue();
        }
        if (pythonInt instanceof Boolean b) {
            return b ? 1 % partitions : 0;
        }
        throw PyErrors.typeError("unsupported operand type(s) for %: '" + PyRepr.typeName(pythonInt)
                + "' and 'int'");
    }

    /** {@code partitionBy(numPartitions, partitionFunc=portable_hash)}. */
    Rdd<Tuple> partitionBy(Rdd<Object> rdd, Object numPartitions, Object partitionFunc) {
        int n = partitions(rdd, numPartitions, "partitionBy");
        if (partitionFunc == null) {
            return rdd.pairs().partitionBy(new HashPartitioner(n));
        }
        return rdd.pairs().partitionBy(n, placement(partitionFunc));
    }

    /** {@code combineByKey}: combined locally in a dict, shuffled by {@code partitionBy}, merged in a dict. */
    Rdd<Tuple> combineByKey(Rdd<Object> rdd, Aggregator<Object, Object> aggregator, Object numPartitions,
                            Object partitionFunc) {
        int n = partitions(rdd, numPartitions, "combineByKey");
        if (partitionFunc == null) {
            return rdd.pairs().combineByKey(aggregator, new HashPartitioner(n), true);
        }
        return rdd.pairs().combineByKey(aggregator, n, placement(partitionFunc));
    }

    /** {@code groupByKey}: lists merged by {@code ExternalGroupBy}, then {@code mapValues(ResultIterable)}. */
    Rdd<Tuple> groupByKey(Rdd<Object> rdd, Object numPartitions, Object partitionFunc) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Aggregator<Object, Object> grouping = (Aggregator) PairRddFunctions.groupingInto(Buffer.Kind.COMPACT_BUFFER);
        return combineByKey(rdd, grouping, numPartitions, partitionFunc).pairs()
                .mapValues(PythonStreamMethods::resultIterable);
    }

    /** {@code distinct}: {@code map(lambda x: (x, None)).reduceByKey(lambda x, _: x, numPartitions)}, keys. */
    Rdd<Object> distinct(Rdd<Object> rdd, Object numPartitions) {
        Rdd<Object> pairs = rdd.map(x -> Tuple.pair(x, null));
        return combineByKey(pairs, Aggregator.reducing((x, ignored) -> x), numPartitions, null).map(Tuple::key);
    }

    /** join.py's python_cogroup: each RDD's values tagged with its index, a union, one groupByKey. */
    Rdd<Tuple> cogroup(List<Rdd<Object>> rdds, Object numPartitions) {
        Rdd<Object> union = tagged(rdds);
        int sides = rdds.size();
        return groupByKey(union, numPartitions, null).pairs().mapValues(group -> {
            List<List<Object>> buffers = split(group, sides);
            Object[] iterables = new Object[sides];
            for (int i = 0; i < sides; i++) {
                iterables[i] = new ResultIterable(buffers.get(i));
            }
            return Tuple.of(iterables);
        });
    }

    private Rdd<Object> tagged(List<Rdd<Object>> rdds) {
        List<Rdd<Object>> tagged = new ArrayList<>();
        for (int i = 0; i < rdds.size(); i++) {
            long side = i;
            tagged.add(rdds.get(i).pairs().mapValues(v -> Tuple.pair(side, v)).map(t -> t));
        }
        Rdd<Object> union = tagged.get(0);
        for (int i = 1; i < tagged.size(); i++) {
            union = union.union(tagged.get(i));
        }
        return union;
    }

    private static List<List<Object>> split(Object group, int sides) {
        List<List<Object>> buffers = new ArrayList<>();
        for (int i = 0; i < sides; i++) {
            buffers.add(new ArrayList<>());
        }
        for (Object tagged : (ResultIterable) group) {
            Tuple t = (Tuple) tagged;
            buffers.get(((Long) t.get(0)).intValue()).add(t.get(1));
        }
        return buffers;
    }

    /** join.py's joins: {@code vs.union(ws).groupByKey(numPartitions).flatMapValues(dispatch)}. */
    Rdd<Tuple> join(Rdd<Object> left, Rdd<Object> right, Object numPartitions, boolean leftOuter,
                    boolean rightOuter) {
        return groupByKey(tagged(List.of(left, right)), numPartitions, null).pairs().flatMapValues(group -> {
            List<List<Object>> buffers = split(group, 2);
            List<Object> vbuf = buffers.get(0);
            List<Object> wbuf = buffers.get(1);
            if (rightOuter && vbuf.isEmpty()) {
                vbuf.add(null);
            }
            if (leftOuter && wbuf.isEmpty()) {
                wbuf.add(null);
            }
            List<Object> out = new ArrayList<>();
            for (Object v : vbuf) {
                for (Object w : wbuf) {
                    out.add(Tuple.pair(v, w));
                }
            }
            return out;
        });
    }

    /** {@code subtractByKey}: {@code cogroup(other).filter(val1 and not val2).flatMapValues(lambda x: x[0])}. */
    Rdd<Tuple> subtractByKey(Rdd<Object> rdd, Rdd<Object> other, Object numPartitions) {
        return cogroup(List.of(rdd, other), numPartitions).filter(t -> {
            Tuple sides = (Tuple) t.value();
            return ((ResultIterable) sides.get(0)).size() > 0 && ((ResultIterable) sides.get(1)).size() == 0;
        }).pairs().flatMapValues(sides -> (ResultIterable) ((Tuple) sides).get(0));
    }

    /** {@code subtract}: both sides as {@code (x, True)}, {@code subtractByKey}, keys. */
    Rdd<Object> subtract(Rdd<Object> rdd, Rdd<Object> other, Object numPartitions) {
        return subtractByKey(rdd.map(x -> Tuple.pair(x, true)), other.map(x -> Tuple.pair(x, true)), numPartitions)
                .map(Tuple::key);
    }

    /** {@code intersection}: cogroup of {@code (v, None)} pairs, the keys both sides hold. */
    Rdd<Object> intersection(Rdd<Object> rdd, Rdd<Object> other) {
        return cogroup(List.of(rdd.map(x -> Tuple.pair(x, null)), other.map(x -> Tuple.pair(x, null))), null)
                .filter(t -> {
                    Tuple sides = (Tuple) t.value();
                    return ((ResultIterable) sides.get(0)).size() > 0 && ((ResultIterable) sides.get(1)).size() > 0;
                }).map(Tuple::key);
    }

    /** {@code coalesce}: with a shuffle, the JVM deals batches of ten pickled records, not single records. */
    Rdd<Object> coalesce(Rdd<Object> rdd, int numPartitions, boolean shuffle) {
        if (numPartitions <= 0) {
            throw PyErrors.valueError("Number of partitions must be positive.");
        }
        if (!shuffle) {
            return rdd.coalesce(numPartitions, false);
        }
        Rdd<List<Object>> batches = rdd.mapPartitions(PySparkRdds::batches, true);
        return batches.coalesce(numPartitions, true).flatMap(batch -> batch);
    }

    private static Iterator<List<Object>> batches(Iterator<Object> records) {
        List<List<Object>> out = new ArrayList<>();
        List<Object> batch = new ArrayList<>(SHUFFLE_BATCH);
        while (records.hasNext()) {
            batch.add(records.next());
            if (batch.size() == SHUFFLE_BATCH) {
                out.add(batch);
                batch = new ArrayList<>(SHUFFLE_BATCH);
            }
        }
        if (!batch.isEmpty()) {
            out.add(batch);
        }
        return out.iterator();
    }

    /**
     * {@code sortByKey}: one partition is sorted in place (after {@code coalesce(1)}); otherwise {@code count()},
     * a sample with seed 1 of {@code numPartitions * 20} keys, bounds at {@code int(len * (i + 1) / n)} of the sorted
     * sample, {@code bisect_left} on them, and a stable Python sort of each partition.
     */
    Rdd<Object> sortByKey(Rdd<Object> rdd, boolean ascending, Object numPartitions, Object keyfunc) {
        int n = partitions(rdd, numPartitions, "sortByKey");
        Function<Object, Object> key = keyfunc == null ? k -> k : py.map(Values.function(keyfunc, "keyfunc"));
        Comparator<Object> byKey = (a, b) -> PyCompare.order(key.apply(PairRddFunctions.asPair(a).key()),
                key.apply(PairRddFunctions.asPair(b).key()));
        Comparator<Object> direction = ascending ? byKey : byKey.reversed();
        Function<Iterator<Object>, Iterator<Object>> sortPartition = it -> {
            List<Object> all = new ArrayList<>();
            it.forEachRemaining(all::add);
            all.sort(direction);
            return all.iterator();
        };
        if (n == 1) {
            Rdd<Object> one = rdd.numPartitions() > 1 ? rdd.coalesce(1, false) : rdd;
            return one.mapPartitions(sortPartition::apply, true);
        }
        long size = rdd.count();
        if (size == 0) {
            return rdd;
        }
        double fraction = Math.min(n * 20.0 / Math.max(size, 1), 1.0);
        List<Object> samples = new ArrayList<>(sample(rdd, false, fraction, 1L)
                .map(x -> PairRddFunctions.asPair(x).key()).collect());
        samples.sort((a, b) -> PyCompare.order(key.apply(a), key.apply(b)));
        List<Object> bounds = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
            bounds.add(samples.get((int) (samples.size() * (double) (i + 1) / n)));
        }
        KeyHashing range = pythonPlacement(k -> {
            long p = bisectLeft(bounds, key.apply(k));
            return ascending ? p : n - 1 - p;
        });
        Rdd<Object> shuffled = rdd.pairs().partitionBy(n, range).map(t -> t);
        return shuffled.mapPartitions(sortPartition::apply, true);
    }

    private static long bisectLeft(List<Object> sorted, Object x) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (PyCompare.order(sorted.get(mid), x) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * rdd.py's {@code sample}: {@code mapPartitionsWithIndex(RDDSampler(withReplacement, fraction, seed).func, True)}.
     * rddsampler.py seeds {@code random.Random(seed ^ split)} (a seed of None is {@code randint(0, sys.maxsize)}),
     * mixes it with ten {@code randint(0, 1)}, and keeps a record when {@code random() < fraction}, or yields it
     * {@code getPoissonSample(fraction)} times with replacement. Lazily, as the generator it is.
     */
    Rdd<Object> sample(Rdd<Object> rdd, boolean withReplacement, Object fraction, Object seed) {
        double f = fraction(fraction);
        long s = seed == null ? new PythonRandom(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE).randomSize()
                : Values.longValue(seed, "sample");
        return rdd.mapPartitionsWithIndex((split, it) -> {
            PythonRandom random = new PythonRandom(s ^ split);
            for (int i = 0; i < 10; i++) {
                random.randint(0, 1);
            }
            return new SampledRecords(it, () -> withReplacement ? poissonSample(random, f)
                    : random.random() < f ? 1 : 0);
        }, true);
    }

    /** {@code if not fraction >= 0: raise ValueError(...)}, whose comparison fails first for a non-number. */
    private static double fraction(Object fraction) {
        if (fraction instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (!(fraction instanceof Number n)) {
            throw PyErrors.typeError("'>=' not supported between instances of '" + PyRepr.typeName(fraction)
                    + "' and 'int'");
        }
        double f = n.doubleValue();
        if (!(f >= 0)) {
            throw PyErrors.valueError("Fraction must be nonnegative.");
        }
        return f;
    }

    /**
     * rddsampler.py's {@code getPoissonSample}, Knuth's algorithm: below a mean of 20 a product of {@code random()}
     * against {@code exp(-mean)}, from 20 on a sum of {@code expovariate(mean)} against 1.
     */
    private static int poissonSample(PythonRandom random, double mean) {
        int k = 0;
        if (mean < 20.0) {
            double lda = Math.exp(-mean);
            double p = random.random();
            while (p > lda) {
                k++;
                p *= random.random();
            }
        } else {
            double p = random.expovariate(mean);
            while (p < 1.0) {
                k++;
                p += random.expovariate(mean);
            }
        }
        return k;
    }

    /** A partition's records, each repeated as many times as the sampler says when it is reached. */
    private static final class SampledRecords implements Iterator<Object> {

        private final Iterator<Object> records;
        private final IntSupplier copies;
        private Object current;
        private int left;

        SampledRecords(Iterator<Object> records, IntSupplier copies) {
            this.records = records;
            this.copies = copies;
        }

        @Override
        public boolean hasNext() {
            while (left == 0 && records.hasNext()) {
                current = records.next();
                left = copies.getAsInt();
            }
            return left > 0;
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            left--;
            return current;
        }
    }

    /**
     * rdd.py's {@code takeSample}: a count; everything shuffled by {@code random.Random(seed)} when {@code num}
     * covers it without replacement; otherwise {@code sample(withReplacement, fraction, seed)} with
     * {@code _computeFractionForSampleSize}'s fraction, again with {@code rand.randint(0, sys.maxsize)} as the seed
     * while the sample is short, then {@code rand.shuffle} and the first {@code num}.
     */
    Object takeSample(Rdd<Object> rdd, boolean withReplacement, Object numValue, Object seed) {
        long num = Values.longValue(numValue, "takeSample");
        double numStDev = 10.0;
        long maxSampleSize = Long.MAX_VALUE - (long) (numStDev * Math.sqrt(Long.MAX_VALUE));
        if (num < 0) {
            throw PyErrors.valueError("Sample size cannot be negative.");
        }
        if (num > maxSampleSize) {
            throw PyErrors.valueError("Sample size cannot be greater than " + maxSampleSize + ".");
        }
        if (num == 0 || rdd.numPartitions() == 0) {
            return py.list(List.of());
        }
        long initialCount = rdd.count();
        if (initialCount == 0) {
            return py.list(List.of());
        }
        PythonRandom rand = new PythonRandom(seed == null ? ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE
                : Values.longValue(seed, "takeSample"));
        if (!withReplacement && num >= initialCount) {
            List<Object> samples = new ArrayList<>(rdd.collect());
            rand.shuffle(samples);
            return py.list(samples);
        }
        double fraction = fractionForSampleSize(num, initialCount, withReplacement);
        List<Object> samples = new ArrayList<>(sample(rdd, withReplacement, fraction, seed).collect());
        while (samples.size() < num) {
            samples = new ArrayList<>(sample(rdd, withReplacement, fraction, rand.randomSize()).collect());
        }
        rand.shuffle(samples);
        return py.list(samples.subList(0, (int) num));
    }

    /** rdd.py's {@code _computeFractionForSampleSize}: its delta is 0.00005, half of the JVM's. */
    static double fractionForSampleSize(long num, long total, boolean withReplacement) {
        double fraction = (double) num / total;
        if (withReplacement) {
            int numStDev = num < 12 ? 9 : 5;
            return fraction + numStDev * Math.sqrt(fraction / total);
        }
        double delta = 0.00005;
        double gamma = -Math.log(delta) / total;
        return Math.min(1, fraction + gamma + Math.sqrt(gamma * gamma + 2 * gamma * fraction));
    }

    /** {@code sortBy}: {@code keyBy(keyfunc).sortByKey(ascending, numPartitions).values()}. */
    Rdd<Object> sortBy(Rdd<Object> rdd, Object keyfunc, boolean ascending, Object numPartitions) {
        Function<Object, Object> key = py.map(Values.function(keyfunc, "sortBy"));
        Rdd<Object> keyed = rdd.map(x -> Tuple.pair(key.apply(x), x));
        return sortByKey(keyed, ascending, numPartitions, null).map(t -> PairRddFunctions.asPair(t).value());
    }

    /**
     * {@code top} and {@code takeOrdered}: {@code heapq.nlargest}/{@code nsmallest} per partition, merged in
     * partition order, which is {@code sorted(…, key, reverse)[:num]} of everything: ties keep their order.
     */
    Object ordered(Rdd<Object> rdd, int num, Object keyFunction, boolean largest) {
        if (!largest && num < 0) {
            throw PyErrors.valueError("top N cannot be negative.");
        }
        if (rdd.numPartitions() == 0) {
            if (largest) {
                throw PyErrors.valueError("Can not reduce() empty RDD");
            }
            return py.list(List.of());
        }
        Function<Object, Object> key = keyFunction == null ? x -> x : py.map(Values.function(keyFunction, "key"));
        List<Object> all = new ArrayList<>(rdd.collect());
        Comparator<Object> order = (a, b) -> PyCompare.order(key.apply(a), key.apply(b));
        all.sort(largest ? order.reversed() : order);
        return py.list(all.subList(0, Math.max(0, Math.min(num, all.size()))));
    }

    /** {@code reduce(max)} and {@code reduce(min)}: the first of equal elements wins, as Python's max and min. */
    Object extreme(Rdd<Object> rdd, Object keyFunction, boolean max) {
        Function<Object, Object> key = keyFunction == null ? x -> x : py.map(Values.function(keyFunction, "key"));
        if (rdd.isEmpty()) {
            throw PyErrors.valueError("Can not reduce() empty RDD");
        }
        return rdd.reduce((x, y) -> {
            int c = PyCompare.order(key.apply(y), key.apply(x));
            return max ? (c > 0 ? y : x) : (c < 0 ? y : x);
        });
    }

    /** {@code countByValue} and {@code countByKey} merge one defaultdict per partition with {@code reduce}. */
    void requirePartitions(Rdd<?> rdd) {
        if (rdd.numPartitions() == 0) {
            throw PyErrors.valueError("Can not reduce() empty RDD");
        }
    }
}
