package dev.streamlab.lang.spark;

import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.rdd.Aggregator;
import dev.streamlab.engine.rdd.HashPartitioner;
import dev.streamlab.engine.rdd.PairRddFunctions;
import dev.streamlab.engine.rdd.Rdd;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.NativeFunction;
import dev.streamlab.lang.runtime.NativeMethod;
import dev.streamlab.lang.runtime.RunContext;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/** RDD methods with Scala's names, as students use them inside {@code transform} and {@code foreachRDD}. */
final class ScalaRddMethods {

    private static final List<String> SAMPLE_PARAMETERS = List.of("withReplacement", "fraction", "seed");
    private static final List<String> TAKE_SAMPLE_PARAMETERS = List.of("withReplacement", "num", "seed");

    private HostRegistry registry;

    void install(HostRegistry target) {
        this.registry = target;
        transformations();
        pairs();
        actions();
    }

    private void on(String name, int arity, NativeMethod body) {
        registry.method(Rdd.class, name, arity, Guard.wrap(ScalaNamedArguments.accepting(name, body)));
    }

    @SuppressWarnings("unchecked")
    static Rdd<Object> rdd(Object value) {
        if (value instanceof Rdd<?> r) {
            return (Rdd<Object>) r;
        }
        throw new SparkApiException("spark.arg.rdd", null, String.valueOf(value));
    }

    @SuppressWarnings("unchecked")
    private static Rdd<Object> self(Object receiver) {
        return (Rdd<Object>) receiver;
    }

    private static LangFunction fn(Object value, String method) {
        return Values.function(value, method);
    }

    private static HashPartitioner partitioner(Rdd<?> rdd, Object arg, String method) {
        if (arg instanceof HashPartitioner p) {
            return p;
        }
        return new HashPartitioner(Values.integer(arg, method));
    }

    private static Comparator<Object> ordering() {
        return ScalaOrdering.INSTANCE;
    }

    private void transformations() {
        // Spark's RDD.map/flatMap/filter are MapPartitionsRDDs too (filter keeps the partitioner); each partition
        // runs a task copy of the function
        on("map", 1, (c, r, a) -> self(r).map(fn(a[0], "map")));
        on("flatMap", 1, (c, r, a) -> self(r).flatMap(ScalaFunctions.flat(c, fn(a[0], "flatMap"))));
        on("filter", 1, (c, r, a) -> self(r).filter((Predicate<Object>) fn(a[0], "filter")));
        on("mapPartitions", 1, (c, r, a) -> mapPartitions(c, r, a[0], false));
        on("mapPartitions", 2, (c, r, a) -> mapPartitions(c, r, a[0], Values.bool(a[1])));
        on("mapPartitionsWithIndex", 1, (c, r, a) -> {
            LangFunction f = fn(a[0], "mapPartitionsWithIndex");
            return self(r).mapPartitionsWithIndex((i, it) -> Values.iterator(c,
                    f.call2(i, ScalaCollections.iterator(c, it))), false);
        });
        on("glom", 0, (c, r, a) -> self(r).glom().map(part -> ScalaCollections.array(c, part)));
        on("union", 1, (c, r, a) -> self(r).union(rdd(a[0])));
        on("++", 1, (c, r, a) -> self(r).union(rdd(a[0])));
        on("distinct", 0, (c, r, a) -> self(r).distinct());
        on("distinct", 1, (c, r, a) -> self(r).distinct(Values.integer(a[0], "distinct")));
        on("subtract", 1, (c, r, a) -> self(r).subtract(rdd(a[0])));
        on("keyBy", 1, (c, r, a) -> self(r).keyBy(fn(a[0], "keyBy")));
        on("zipWithIndex", 0, (c, r, a) -> self(r).zipWithIndex());
        on("repartition", 1, (c, r, a) -> self(r).repartition(Values.integer(a[0], "repartition")));
        on("coalesce", 1, (c, r, a) -> self(r).coalesce(Values.integer(a[0], "coalesce"), false));
        on("coalesce", 2, (c, r, a) -> self(r).coalesce(Values.integer(a[0], "coalesce"), Values.bool(a[1])));
        for (int arity = 1; arity <= 3; arity++) {
            on("sortBy", arity, (c, r, a) -> self(r).sortBy(fn(a[0], "sortBy"), ordering(),
                    a.length < 2 || a[1] == null || Values.bool(a[1]),
                    a.length > 2 ? Values.integer(a[2], "sortBy") : self(r).numPartitions()));
        }
        // from arity 0, as a call with only named arguments arrives with no positional ones
        for (int arity = 0; arity <= 3; arity++) {
            on("sample", arity, (c, r, a) -> {
                boolean withReplacement = Values.bool(required(a, 0, "sample"));
                double fraction = Values.number(required(a, 1, "sample"), "sample");
                if (withReplacement && fraction > Rdd.EXACT_POISSON_MAX_FRACTION && a.length > 2 && a[2] != null) {
                    throw new SparkApiException("spark.sample.seededReplacement", null, "sample");
                }
                return self(r).sample(withReplacement, fraction, seed(a, false));
            });
        }
        on("cache", 0, (c, r, a) -> self(r).cache());
        on("persist", 0, (c, r, a) -> self(r).persist());
        on("persist", 1, (c, r, a) -> self(r).persist());
        on("unpersist", 0, (c, r, a) -> r);
        on("sparkContext", 0, (c, r, a) -> c.service(Driver.class).sparkContextOrDefault());
        on("context", 0, (c, r, a) -> c.service(Driver.class).sparkContextOrDefault());
        on("getNumPartitions", 0, (c, r, a) -> self(r).numPartitions());
        on("partitions", 0, (c, r, a) -> ScalaCollections.array(c,
                java.util.stream.IntStream.range(0, self(r).numPartitions()).boxed().toList()));
    }

    /**
     * The seed of {@code sample}/{@code takeSample}: Spark's default is a random one, and so is the lab's. With
     * replacement above a fraction of 0.4 Spark draws from commons-math3's Poisson generator, which the lab does not
     * reproduce, so a seed that promises Spark's exact sample is refused rather than answered with a different one:
     * for {@code sample} when the fraction is too high, for {@code takeSample}, whose fraction depends on the count,
     * always.
     */
    private static long seed(Object[] a, boolean takeSample) {
        String method = takeSample ? "takeSample" : "sample";
        if (a.length < 3 || a[2] == null) {
            return ThreadLocalRandom.current().nextLong();
        }
        if (takeSample && Values.bool(a[0])) {
            throw new SparkApiException("spark.takeSample.seededReplacement", null, method);
        }
        return Values.longValue(a[2], method);
    }

    /** Argument {@code index} of sample/takeSample, which Scala requires, whether given by position or by name. */
    private static Object required(Object[] a, int index, String method) {
        if (index < a.length && a[index] != null) {
            return a[index];
        }
        List<String> names = method.equals("sample") ? SAMPLE_PARAMETERS : TAKE_SAMPLE_PARAMETERS;
        throw new SparkApiException("spark.arg.missing", null, method, names.get(index));
    }

    private static Object mapPartitions(RunContext c, Object r, Object f, boolean preserve) {
        LangFunction function = fn(f, "mapPartitions");
        return self(r).mapPartitions(it -> Values.iterator(c, function.call1(ScalaCollections.iterator(c, it))),
                preserve);
    }

    private void pairs() {
        on("reduceByKey", 1, (c, r, a) -> self(r).pairs().reduceByKey(fn(a[0], "reduceByKey").asBiFunction(),
                self(r).context().partitioner(self(r).numPartitions() == 0 ? null : self(r).numPartitions())));
        on("reduceByKey", 2, (c, r, a) -> self(r).pairs().reduceByKey(fn(a[0], "reduceByKey").asBiFunction(),
                partitioner(self(r), a[1], "reduceByKey")));
        on("groupByKey", 0, (c, r, a) -> self(r).pairs().groupByKey(defaultPartitioner(self(r))));
        on("groupByKey", 1, (c, r, a) -> self(r).pairs().groupByKey(partitioner(self(r), a[0], "groupByKey")));
        on("mapValues", 1, (c, r, a) -> self(r).pairs().mapValues(fn(a[0], "mapValues")));
        on("flatMapValues", 1, (c, r, a) -> self(r).pairs().flatMapValues(
                ScalaFunctions.flat(c, fn(a[0], "flatMapValues"))));
        on("keys", 0, (c, r, a) -> self(r).pairs().keys());
        on("values", 0, (c, r, a) -> self(r).pairs().values());
        on("partitionBy", 1, (c, r, a) -> self(r).pairs().partitionBy(partitioner(self(r), a[0], "partitionBy")));
        on("combineByKey", 3, (c, r, a) -> self(r).pairs().combineByKey(new Aggregator<Object, Object>(
                fn(a[0], "combineByKey"), fn(a[1], "combineByKey").asBiFunction(),
                fn(a[2], "combineByKey").asBiFunction()), defaultPartitioner(self(r)), true));
        on("foldByKey", 1, (c, r, a) -> new NativeFunction("foldByKey", 1, args -> {
            LangFunction f = fn(args[0], "foldByKey");
            Object zero = a[0];
            return self(r).pairs().combineByKey(new Aggregator<Object, Object>(v -> f.call2(zero, v),
                    f.asBiFunction(), f.asBiFunction()), defaultPartitioner(self(r)), true);
        }));
        on("sortByKey", 0, (c, r, a) -> self(r).pairs().sortByKey(ordering(), true, self(r).numPartitions()));
        on("sortByKey", 1, (c, r, a) -> self(r).pairs().sortByKey(ordering(), Values.bool(a[0]),
                self(r).numPartitions()));
        on("sortByKey", 2, (c, r, a) -> self(r).pairs().sortByKey(ordering(), a[0] == null || Values.bool(a[0]),
                Values.integer(a[1], "sortByKey")));
        on("subtractByKey", 1, (c, r, a) -> self(r).pairs().subtractByKey(rdd(a[0]), defaultPartitioner(self(r))));
        for (String name : List.of("join", "leftOuterJoin", "rightOuterJoin", "fullOuterJoin", "cogroup")) {
            for (int arity = 1; arity <= 2; arity++) {
                on(name, arity, (c, r, a) -> {
                    HashPartitioner p = a.length > 1 ? partitioner(self(r), a[1], name)
                            : defaultPartitioner(self(r), rdd(a[0]));
                    PairRddFunctions pairs = self(r).pairs();
                    Rdd<Object> other = rdd(a[0]);
                    return switch (name) {
                        case "join" -> pairs.join(other, p);
                        case "leftOuterJoin" -> pairs.leftOuterJoin(other, p);
                        case "rightOuterJoin" -> pairs.rightOuterJoin(other, p);
                        case "fullOuterJoin" -> pairs.fullOuterJoin(other, p);
                        default -> pairs.cogroup(List.of(other), p);
                    };
                });
            }
        }
    }

    /**
     * Spark's implicit Ordering given explicitly in a second argument list, as in {@code rdd.top(3)(Ordering.by(_._2))}
     * or {@code rdd.max()(Ordering.by(_._2))}.
     */
    private void explicitOrdering() {
        curried("top", 2, (c, r, a) -> ScalaCollections.array(c, self(r).top(Values.integer(a[0], "top"),
                order(a[1], "top"))));
        curried("takeOrdered", 2, (c, r, a) -> ScalaCollections.array(c,
                self(r).takeOrdered(Values.integer(a[0], "takeOrdered"), order(a[1], "takeOrdered"))));
        curried("max", 1, (c, r, a) -> {
            Comparator<Object> order = order(a[0], "max");
            return self(r).reduce((x, y) -> order.compare(x, y) >= 0 ? x : y);
        });
        curried("min", 1, (c, r, a) -> {
            Comparator<Object> order = order(a[0], "min");
            return self(r).reduce((x, y) -> order.compare(x, y) <= 0 ? x : y);
        });
    }

    private void curried(String name, int arity, NativeMethod body) {
        registry.curriedMethod(Rdd.class, name, arity, Guard.wrap(body));
    }

    @SuppressWarnings("unchecked")
    private static Comparator<Object> order(Object value, String method) {
        if (value instanceof Comparator<?> comparator) {
            return (Comparator<Object>) comparator;
        }
        throw new SparkApiException("spark.arg.ordering", null, method, String.valueOf(value));
    }

    /** Spark's defaultPartitioner: an existing partitioner of the inputs, else as many partitions as the largest. */
    static HashPartitioner defaultPartitioner(Rdd<?>... rdds) {
        int max = 0;
        for (Rdd<?> r : rdds) {
            if (r.partitioner() != null && r.partitioner().numPartitions() > 0) {
                return r.partitioner();
            }
            max = Math.max(max, r.numPartitions());
        }
        return max == 0 ? rdds[0].context().defaultPartitioner() : new HashPartitioner(max);
    }

    private void actions() {
        on("collect", 0, (c, r, a) -> ScalaCollections.array(c, self(r).collect()));
        on("count", 0, (c, r, a) -> self(r).count());
        on("take", 1, (c, r, a) -> ScalaCollections.array(c, self(r).take(Values.integer(a[0], "take"))));
        on("first", 0, (c, r, a) -> self(r).first());
        on("isEmpty", 0, (c, r, a) -> self(r).isEmpty());
        on("foreach", 1, (c, r, a) -> {
            self(r).foreach(fn(a[0], "foreach"));
            return c.semantics().unit();
        });
        on("foreachPartition", 1, (c, r, a) -> {
            LangFunction f = fn(a[0], "foreachPartition");
            self(r).foreachPartition(it -> f.taskCopy().call1(ScalaCollections.iterator(c, it)));
            return c.semantics().unit();
        });
        on("reduce", 1, (c, r, a) -> {
            LangFunction f = fn(a[0], "reduce");
            return self(r).reduce(f::call2);
        });
        on("fold", 1, (c, r, a) -> new NativeFunction("fold", 1, args -> {
            LangFunction f = fn(args[0], "fold");
            return self(r).fold(a[0], f::call2);
        }));
        on("top", 1, (c, r, a) -> ScalaCollections.array(c, self(r).top(Values.integer(a[0], "top"),
                ordering())));
        on("takeOrdered", 1, (c, r, a) -> ScalaCollections.array(c,
                self(r).takeOrdered(Values.integer(a[0], "takeOrdered"), ordering())));
        on("max", 0, (c, r, a) -> self(r).reduce((x, y) -> ordering().compare(x, y) >= 0 ? x : y));
        on("min", 0, (c, r, a) -> self(r).reduce((x, y) -> ordering().compare(x, y) <= 0 ? x : y));
        explicitOrdering();
        on("sum", 0, (c, r, a) -> self(r).fold(0.0, (x, y) -> ((Number) x).doubleValue()
                + ((Number) y).doubleValue()));
        on("countByKey", 0, (c, r, a) -> ScalaCollections.map(c, self(r).pairs().countByKey()));
        on("countByValue", 0, (c, r, a) -> {
            Map<Object, Object> counts = new LinkedHashMap<>();
            for (Object t : self(r).countByValueRdd().collect()) {
                counts.put(((Tuple) t).key(), ((Tuple) t).value());
            }
            return ScalaCollections.map(c, counts);
        });
        on("collectAsMap", 0, (c, r, a) -> {
            Map<Object, Object> m = new LinkedHashMap<>();
            for (Object t : self(r).collect()) {
                Tuple pair = PairRddFunctions.asPair(t);
                m.put(pair.key(), pair.value());
            }
            return ScalaCollections.map(c, m);
        });
        for (int arity = 0; arity <= 3; arity++) {
            on("takeSample", arity, (c, r, a) -> ScalaCollections.array(c, self(r).takeSample(
                    Values.bool(required(a, 0, "takeSample")),
                    Values.integer(required(a, 1, "takeSample"), "takeSample"), seed(a, true))));
        }
        on("lookup", 1, (c, r, a) -> ScalaCollections.seq(c, self(r).pairs().lookup(a[0])));
    }
}
