package dev.streamlab.lang.spark;

import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.rdd.Aggregator;
import dev.streamlab.engine.rdd.HashPartitioner;
import dev.streamlab.engine.rdd.PairRddFunctions;
import dev.streamlab.engine.rdd.Rdd;
import dev.streamlab.lang.ast.BinaryOp;
import dev.streamlab.lang.python.DefaultDict;
import dev.streamlab.lang.python.PyCompare;
import dev.streamlab.lang.python.PyErrors;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.NativeMethod;
import dev.streamlab.lang.runtime.RunContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RDD methods with PySpark's names, signatures and results (lists, dicts, defaultdicts, ResultIterables). */
final class PythonRddMethods {

    private HostRegistry registry;

    void install(HostRegistry target) {
        this.registry = target;
        transformations();
        pairs();
        actions();
    }

    private void on(String name, PyParams signature, PyParams.Body body) {
        Guard.method(registry, Rdd.class, name, HostRegistry.ANY_ARITY, signature.method(body));
    }

    private void on(String name, int arity, NativeMethod body) {
        Guard.method(registry, Rdd.class, name, arity, body);
    }

    private static Rdd<Object> self(Object receiver) {
        return ScalaRddMethods.rdd(receiver);
    }

    private static LangFunction fn(Object value, String method) {
        return Values.function(value, method);
    }

    /** PySpark's default for RDD shuffles: spark.default.parallelism if set, else the RDD's own partitions. */
    private static HashPartitioner partitioner(RunContext c, Rdd<?> rdd, Object numPartitions) {
        if (numPartitions != null) {
            return new HashPartitioner(Values.integer(numPartitions, "numPartitions"));
        }
        SparkContextValue sc = c.service(Driver.class).sparkContextOrDefault();
        if (sc.conf().contains("spark.default.parallelism") || rdd.numPartitions() == 0) {
            return new HashPartitioner(sc.defaultParallelism());
        }
        return new HashPartitioner(rdd.numPartitions());
    }

    /** Python ordering of keys, optionally through a key function. */
    private static Comparator<Object> order(RunContext c, Object keyFunction) {
        if (keyFunction == null) {
            return PyCompare::order;
        }
        LangFunction key = fn(keyFunction, "key");
        return (x, y) -> PyCompare.order(key.call1(x), key.call1(y));
    }

    private void transformations() {
        PyParams mapLike = PyParams.of("map", "f", PyParams.REQUIRED, "preservesPartitioning", false);
        on("map", mapLike, (c, r, a) -> self(r).map(PyFunctions.forRdd(c).map(fn(a[0], "map"))));
        on("flatMap", mapLike, (c, r, a) -> self(r).flatMap(PyFunctions.forRdd(c).flat(fn(a[0], "flatMap"))));
        on("filter", 1, (c, r, a) -> self(r).filter(PyFunctions.forRdd(c).filter(fn(a[0], "filter"))));
        on("mapPartitions", mapLike, (c, r, a) -> self(r).mapPartitions(
                PyFunctions.forRdd(c).partition(fn(a[0], "mapPartitions"))::apply, Values.bool(a[1])));
        on("glom", 0, (c, r, a) -> self(r).glom().map(part -> PyFunctions.of(c).list(part)));
        on("union", 1, (c, r, a) -> self(r).union(ScalaRddMethods.rdd(a[0])));
        on("distinct", PyParams.of("distinct", "numPartitions", null), (c, r, a) ->
                self(r).distinct(partitioner(c, self(r), a[0]).numPartitions()));
        on("subtract", PyParams.of("subtract", "other", PyParams.REQUIRED, "numPartitions", null),
                (c, r, a) -> self(r).subtract(ScalaRddMethods.rdd(a[0])));
        on("keyBy", 1, (c, r, a) -> self(r).keyBy(PyFunctions.forRdd(c).map(fn(a[0], "keyBy"))));
        on("zipWithIndex", 0, (c, r, a) -> self(r).zipWithIndex());
        on("repartition", 1, (c, r, a) -> self(r).repartition(Values.integer(a[0], "repartition")));
        on("coalesce", PyParams.of("coalesce", "numPartitions", PyParams.REQUIRED, "shuffle", false),
                (c, r, a) -> self(r).coalesce(Values.integer(a[0], "coalesce"), c.semantics().isTruthy(a[1])));
        on("sortBy", PyParams.of("sortBy", "keyfunc", PyParams.REQUIRED, "ascending", true, "numPartitions", null),
                (c, r, a) -> self(r).sortBy(PyFunctions.forRdd(c).map(fn(a[0], "sortBy")), PyCompare::order,
                        c.semantics().isTruthy(a[1]), a[2] == null ? self(r).numPartitions()
                                : Values.integer(a[2], "sortBy")));
        on("cache", 0, (c, r, a) -> self(r).cache());
        on("persist", PyParams.of("persist", "storageLevel", null), (c, r, a) -> self(r).persist());
        on("unpersist", PyParams.of("unpersist", "blocking", false), (c, r, a) -> r);
        on("getNumPartitions", 0, (c, r, a) -> (long) self(r).numPartitions());
    }

    private void pairs() {
        on("reduceByKey", PyParams.of("reduceByKey", "func", PyParams.REQUIRED, "numPartitions", null,
                "partitionFunc", null), (c, r, a) -> self(r).pairs().reduceByKey(
                        PyFunctions.forRdd(c).binary(fn(a[0], "reduceByKey")), partitioner(c, self(r), a[1])));
        on("groupByKey", PyParams.of("groupByKey", "numPartitions", null, "partitionFunc", null), (c, r, a) ->
                self(r).pairs().combineByKey(PairRddFunctions.groupingInto(
                        dev.streamlab.engine.rdd.Buffer.Kind.COMPACT_BUFFER), partitioner(c, self(r), a[0]), true)
                        .pairs().mapValues(PythonStreamMethods::resultIterable));
        on("combineByKey", PyParams.of("combineByKey", "createCombiner", PyParams.REQUIRED, "mergeValue",
                PyParams.REQUIRED, "mergeCombiners", PyParams.REQUIRED, "numPartitions", null, "partitionFunc",
                null), (c, r, a) -> {
                    PyFunctions py = PyFunctions.forRdd(c);
                    return self(r).pairs().combineByKey(new Aggregator<Object, Object>(py.map(fn(a[0], "combineByKey")),
                            py.binary(fn(a[1], "combineByKey")), py.binary(fn(a[2], "combineByKey"))),
                            partitioner(c, self(r), a[3]), true);
                });
        on("foldByKey", PyParams.of("foldByKey", "zeroValue", PyParams.REQUIRED, "func", PyParams.REQUIRED,
                "numPartitions", null, "partitionFunc", null), (c, r, a) -> {
                    PyFunctions py = PyFunctions.forRdd(c);
                    var f = py.binary(fn(a[1], "foldByKey"));
                    Object zero = a[0];
                    return self(r).pairs().combineByKey(new Aggregator<Object, Object>(v -> f.apply(zero, v), f, f),
                            partitioner(c, self(r), a[2]), true);
                });
        on("mapValues", 1, (c, r, a) -> self(r).pairs().mapValues(PyFunctions.forRdd(c).map(fn(a[0], "mapValues"))));
        on("flatMapValues", 1, (c, r, a) -> self(r).pairs().flatMapValues(
                PyFunctions.forRdd(c).flat(fn(a[0], "flatMapValues"))));
        on("keys", 0, (c, r, a) -> self(r).pairs().keys());
        on("values", 0, (c, r, a) -> self(r).pairs().values());
        on("partitionBy", PyParams.of("partitionBy", "numPartitions", PyParams.REQUIRED, "partitionFunc", null),
                (c, r, a) -> self(r).pairs().partitionBy(new HashPartitioner(Values.integer(a[0], "partitionBy"))));
        on("sortByKey", PyParams.of("sortByKey", "ascending", true, "numPartitions", null, "keyfunc", null),
                (c, r, a) -> self(r).pairs().sortByKey(order(c, a[2]), c.semantics().isTruthy(a[0]),
                        a[1] == null ? self(r).numPartitions() : Values.integer(a[1], "sortByKey")));
        on("subtractByKey", PyParams.of("subtractByKey", "other", PyParams.REQUIRED, "numPartitions", null),
                (c, r, a) -> self(r).pairs().subtractByKey(ScalaRddMethods.rdd(a[0]),
                        partitioner(c, self(r), a[1])));
        for (String name : List.of("join", "leftOuterJoin", "rightOuterJoin", "fullOuterJoin", "cogroup")) {
            on(name, PyParams.of(name, "other", PyParams.REQUIRED, "numPartitions", null), (c, r, a) -> {
                Rdd<Object> other = ScalaRddMethods.rdd(a[0]);
                HashPartitioner p = a[1] != null ? partitioner(c, self(r), a[1])
                        : new HashPartitioner(Math.max(1, Math.max(self(r).numPartitions(), other.numPartitions())));
                PairRddFunctions pairs = self(r).pairs();
                return switch (name) {
                    case "join" -> pairs.join(other, p);
                    case "leftOuterJoin" -> pairs.leftOuterJoin(other, p).pairs().mapValues(PyFunctions::unwrapSides);
                    case "rightOuterJoin" -> pairs.rightOuterJoin(other, p).pairs().mapValues(PyFunctions::unwrapSides);
                    case "fullOuterJoin" -> pairs.fullOuterJoin(other, p).pairs().mapValues(PyFunctions::unwrapSides);
                    default -> pairs.cogroup(List.of(other), p).pairs().mapValues(PythonStreamMethods::iterablePair);
                };
            });
        }
    }

    private void actions() {
        on("collect", 0, (c, r, a) -> PyFunctions.of(c).list(self(r).collect()));
        on("count", 0, (c, r, a) -> self(r).count());
        on("take", 1, (c, r, a) -> PyFunctions.of(c).list(self(r).take(Values.integer(a[0], "take"))));
        on("first", 0, (c, r, a) -> {
            List<Object> one = self(r).take(1);
            if (one.isEmpty()) {
                throw PyErrors.valueError("RDD is empty");
            }
            return one.get(0);
        });
        on("isEmpty", 0, (c, r, a) -> self(r).isEmpty());
        on("foreach", 1, (c, r, a) -> {
            var f = PyFunctions.forRdd(c).map(fn(a[0], "foreach"));
            self(r).foreach(f::apply);
            return null;
        });
        on("foreachPartition", 1, (c, r, a) -> {
            LangFunction f = fn(a[0], "foreachPartition");
            PyFunctions py = PyFunctions.forRdd(c);
            self(r).foreachPartition(it -> py.onWorker(() -> f.call1(py.iteratorValue(it))));
            return null;
        });
        on("reduce", 1, (c, r, a) -> {
            var f = PyFunctions.forRdd(c).binary(fn(a[0], "reduce"));
            if (self(r).isEmpty()) {
                throw PyErrors.valueError("Can not reduce() empty RDD");
            }
            return self(r).reduce(f::apply);
        });
        on("fold", 2, (c, r, a) -> self(r).fold(a[0], PyFunctions.forRdd(c).binary(fn(a[1], "fold"))::apply));
        on("sum", 0, (c, r, a) -> self(r).fold(0L, (x, y) -> c.semantics().binary(BinaryOp.ADD).apply(x, y)));
        on("max", PyParams.of("max", "key", null), (c, r, a) -> extreme(c, r, a[0], true));
        on("min", PyParams.of("min", "key", null), (c, r, a) -> extreme(c, r, a[0], false));
        on("top", PyParams.of("top", "num", PyParams.REQUIRED, "key", null), (c, r, a) -> PyFunctions.of(c).list(
                self(r).top(Values.integer(a[0], "top"), order(c, a[1]))));
        on("takeOrdered", PyParams.of("takeOrdered", "num", PyParams.REQUIRED, "key", null), (c, r, a) ->
                PyFunctions.of(c).list(self(r).takeOrdered(Values.integer(a[0], "takeOrdered"), order(c, a[1]))));
        on("countByKey", 0, (c, r, a) -> counts(c, self(r).pairs().keys().collect()));
        on("countByValue", 0, (c, r, a) -> counts(c, self(r).collect()));
        on("collectAsMap", 0, (c, r, a) -> {
            List<Object> keys = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            Map<Object, Object> seen = new LinkedHashMap<>();
            for (Object x : self(r).collect()) {
                Tuple t = PairRddFunctions.asPair(x);
                seen.put(t.key(), t.value());
            }
            seen.forEach((k, v) -> {
                keys.add(k);
                values.add(v);
            });
            return c.semantics().dict(keys, values);
        });
        on("lookup", 1, (c, r, a) -> PyFunctions.of(c).list(self(r).pairs().lookup(a[0])));
    }

    private static Object extreme(RunContext c, Object r, Object key, boolean max) {
        Comparator<Object> order = order(c, key);
        if (self(r).isEmpty()) {
            throw PyErrors.valueError("max() arg is an empty sequence");
        }
        return self(r).reduce((x, y) -> max ? (order.compare(y, x) > 0 ? y : x) : (order.compare(y, x) < 0 ? y : x));
    }

    /** PySpark's counting actions return a {@code defaultdict(int)}, keys in first-seen order. */
    private static Object counts(RunContext c, List<Object> items) {
        DefaultDict counts = new DefaultDict((LangFunction) c.registry().globalValue("int"));
        for (Object x : items) {
            counts.merge(x, 1L, (p, q) -> (Long) p + (Long) q);
        }
        return counts;
    }
}
