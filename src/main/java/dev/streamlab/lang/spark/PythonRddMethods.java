package dev.streamlab.lang.spark;

import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.rdd.Aggregator;
import dev.streamlab.engine.rdd.PairRddFunctions;
import dev.streamlab.engine.rdd.Rdd;
import dev.streamlab.lang.ast.BinaryOp;
import dev.streamlab.lang.python.DefaultDict;
import dev.streamlab.lang.python.PyErrors;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.NativeMethod;
import dev.streamlab.lang.runtime.RunContext;

import java.util.ArrayList;
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

    private static PySparkRdds pyspark(RunContext c) {
        return new PySparkRdds(c);
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
        on("mapPartitionsWithIndex", mapLike, (c, r, a) -> {
            LangFunction f = fn(a[0], "mapPartitionsWithIndex");
            PyFunctions py = PyFunctions.forRdd(c);
            return self(r).mapPartitionsWithIndex((i, it) -> Values.iterator(c,
                    py.onWorker(() -> f.call2((long) i, py.iteratorValue(it)))), Values.bool(a[1]));
        });
        on("distinct", PyParams.of("distinct", "numPartitions", null), (c, r, a) ->
                pyspark(c).distinct(self(r), a[0]));
        on("subtract", PyParams.of("subtract", "other", PyParams.REQUIRED, "numPartitions", null),
                (c, r, a) -> pyspark(c).subtract(self(r), ScalaRddMethods.rdd(a[0]), a[1]));
        on("intersection", 1, (c, r, a) -> pyspark(c).intersection(self(r), ScalaRddMethods.rdd(a[0])));
        on("groupBy", PyParams.of("groupBy", "f", PyParams.REQUIRED, "numPartitions", null, "partitionFunc",
                null), (c, r, a) -> {
                    var key = PyFunctions.forRdd(c).map(fn(a[0], "groupBy"));
                    return pyspark(c).groupByKey(self(r).map(x -> Tuple.pair(key.apply(x), x)), a[1], a[2]);
                });
        on("keyBy", 1, (c, r, a) -> self(r).keyBy(PyFunctions.forRdd(c).map(fn(a[0], "keyBy"))));
        on("zipWithIndex", 0, (c, r, a) -> self(r).zipWithIndex());
        on("repartition", 1, (c, r, a) -> pyspark(c).coalesce(self(r), Values.integer(a[0], "repartition"), true));
        on("coalesce", PyParams.of("coalesce", "numPartitions", PyParams.REQUIRED, "shuffle", false),
                (c, r, a) -> pyspark(c).coalesce(self(r), Values.integer(a[0], "coalesce"),
                        c.semantics().isTruthy(a[1])));
        on("sortBy", PyParams.of("sortBy", "keyfunc", PyParams.REQUIRED, "ascending", true, "numPartitions", null),
                (c, r, a) -> pyspark(c).sortBy(self(r), a[0], c.semantics().isTruthy(a[1]), a[2]));
        on("sample", PyParams.of("sample", "withReplacement", PyParams.REQUIRED, "fraction", PyParams.REQUIRED,
                "seed", null), (c, r, a) -> pyspark(c).sample(self(r), c.semantics().isTruthy(a[0]), a[1], a[2]));
        on("cache", 0, (c, r, a) -> self(r).cache());
        on("persist", PyParams.of("persist", "storageLevel", null), (c, r, a) -> self(r).persist());
        on("unpersist", PyParams.of("unpersist", "blocking", false), (c, r, a) -> r);
        on("getNumPartitions", 0, (c, r, a) -> (long) self(r).numPartitions());
    }

    private void pairs() {
        on("reduceByKey", PyParams.of("reduceByKey", "func", PyParams.REQUIRED, "numPartitions", null,
                "partitionFunc", null), (c, r, a) -> pyspark(c).combineByKey(self(r), Aggregator.reducing(
                        PyFunctions.forRdd(c).binary(fn(a[0], "reduceByKey"))), a[1], a[2]));
        on("groupByKey", PyParams.of("groupByKey", "numPartitions", null, "partitionFunc", null), (c, r, a) ->
                pyspark(c).groupByKey(self(r), a[0], a[1]));
        on("combineByKey", PyParams.of("combineByKey", "createCombiner", PyParams.REQUIRED, "mergeValue",
                PyParams.REQUIRED, "mergeCombiners", PyParams.REQUIRED, "numPartitions", null, "partitionFunc",
                null), (c, r, a) -> {
                    PyFunctions py = PyFunctions.forRdd(c);
                    return pyspark(c).combineByKey(self(r), new Aggregator<Object, Object>(
                            py.map(fn(a[0], "combineByKey")), py.binary(fn(a[1], "combineByKey")),
                            py.binary(fn(a[2], "combineByKey"))), a[3], a[4]);
                });
        on("foldByKey", PyParams.of("foldByKey", "zeroValue", PyParams.REQUIRED, "func", PyParams.REQUIRED,
                "numPartitions", null, "partitionFunc", null), (c, r, a) -> {
                    var f = PyFunctions.forRdd(c).binary(fn(a[1], "foldByKey"));
                    Object zero = a[0];
                    return pyspark(c).combineByKey(self(r), new Aggregator<Object, Object>(
                            v -> f.apply(WorkerGlobals.deepCopy(zero), v), f, f), a[2], a[3]);
                });
        on("aggregateByKey", PyParams.of("aggregateByKey", "zeroValue", PyParams.REQUIRED, "seqFunc",
                PyParams.REQUIRED, "combFunc", PyParams.REQUIRED, "numPartitions", null, "partitionFunc", null),
                (c, r, a) -> {
                    PyFunctions py = PyFunctions.forRdd(c);
                    var seq = py.binary(fn(a[1], "aggregateByKey"));
                    var comb = py.binary(fn(a[2], "aggregateByKey"));
                    Object zero = a[0];
                    return pyspark(c).combineByKey(self(r), new Aggregator<Object, Object>(
                            v -> seq.apply(WorkerGlobals.deepCopy(zero), v), seq, comb), a[3], a[4]);
                });
        on("mapValues", 1, (c, r, a) -> self(r).pairs().mapValues(PyFunctions.forRdd(c).map(fn(a[0], "mapValues"))));
        on("flatMapValues", 1, (c, r, a) -> self(r).pairs().flatMapValues(
                PyFunctions.forRdd(c).flat(fn(a[0], "flatMapValues"))));
        on("keys", 0, (c, r, a) -> self(r).pairs().keys());
        on("values", 0, (c, r, a) -> self(r).pairs().values());
        on("partitionBy", PyParams.of("partitionBy", "numPartitions", PyParams.REQUIRED, "partitionFunc", null),
                (c, r, a) -> pyspark(c).partitionBy(self(r), a[0], a[1]));
        on("sortByKey", PyParams.of("sortByKey", "ascending", true, "numPartitions", null, "keyfunc", null),
                (c, r, a) -> pyspark(c).sortByKey(self(r), c.semantics().isTruthy(a[0]), a[1], a[2]));
        on("subtractByKey", PyParams.of("subtractByKey", "other", PyParams.REQUIRED, "numPartitions", null),
                (c, r, a) -> pyspark(c).subtractByKey(self(r), ScalaRddMethods.rdd(a[0]), a[1]));
        on("join", PyParams.of("join", "other", PyParams.REQUIRED, "numPartitions", null), (c, r, a) ->
                pyspark(c).join(self(r), ScalaRddMethods.rdd(a[0]), a[1], false, false));
        on("leftOuterJoin", PyParams.of("leftOuterJoin", "other", PyParams.REQUIRED, "numPartitions", null),
                (c, r, a) -> pyspark(c).join(self(r), ScalaRddMethods.rdd(a[0]), a[1], true, false));
        on("rightOuterJoin", PyParams.of("rightOuterJoin", "other", PyParams.REQUIRED, "numPartitions", null),
                (c, r, a) -> pyspark(c).join(self(r), ScalaRddMethods.rdd(a[0]), a[1], false, true));
        on("fullOuterJoin", PyParams.of("fullOuterJoin", "other", PyParams.REQUIRED, "numPartitions", null),
                (c, r, a) -> pyspark(c).join(self(r), ScalaRddMethods.rdd(a[0]), a[1], true, true));
        on("cogroup", PyParams.of("cogroup", "other", PyParams.REQUIRED, "numPartitions", null), (c, r, a) ->
                pyspark(c).cogroup(List.of(self(r), ScalaRddMethods.rdd(a[0])), a[1]));
        on("groupWith", HostRegistry.ANY_ARITY, (c, r, a) -> {
            List<Rdd<Object>> all = new ArrayList<>();
            all.add(self(r));
            for (Object other : a) {
                all.add(ScalaRddMethods.rdd(other));
            }
            return pyspark(c).cogroup(all, null);
        });
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
        on("max", PyParams.of("max", "key", null), (c, r, a) -> pyspark(c).extreme(self(r), a[0], true));
        on("min", PyParams.of("min", "key", null), (c, r, a) -> pyspark(c).extreme(self(r), a[0], false));
        on("top", PyParams.of("top", "num", PyParams.REQUIRED, "key", null), (c, r, a) ->
                pyspark(c).ordered(self(r), Values.integer(a[0], "top"), a[1], true));
        on("takeOrdered", PyParams.of("takeOrdered", "num", PyParams.REQUIRED, "key", null), (c, r, a) ->
                pyspark(c).ordered(self(r), Values.integer(a[0], "takeOrdered"), a[1], false));
        on("countByKey", 0, (c, r, a) -> {
            pyspark(c).requirePartitions(self(r));
            return counts(c, self(r).pairs().keys().collect());
        });
        on("countByValue", 0, (c, r, a) -> {
            pyspark(c).requirePartitions(self(r));
            return counts(c, self(r).collect());
        });
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
        on("takeSample", PyParams.of("takeSample", "withReplacement", PyParams.REQUIRED, "num", PyParams.REQUIRED,
                "seed", null), (c, r, a) -> pyspark(c).takeSample(self(r), c.semantics().isTruthy(a[0]), a[1], a[2]));
        on("lookup", 1, (c, r, a) -> PyFunctions.of(c).list(self(r).pairs().lookup(a[0])));
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
