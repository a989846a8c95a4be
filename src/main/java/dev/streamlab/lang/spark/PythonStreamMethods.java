package dev.streamlab.lang.spark;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.PrintFormat;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.dstream.PythonReducedWindowedDStream;
import dev.streamlab.engine.dstream.RecurrentStateDStream;
import dev.streamlab.engine.dstream.TransformedDStream;
import dev.streamlab.engine.rdd.Buffer;
import dev.streamlab.engine.rdd.Rdd;
import dev.streamlab.lang.python.PyDateTime;
import dev.streamlab.lang.python.PyErrors;
import dev.streamlab.lang.python.ResultIterable;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.NativeMethod;
import dev.streamlab.lang.runtime.RunContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * DStream methods with PySpark's names and signatures, built as {@code pyspark/streaming/dstream.py} builds them
 * (count as a per-partition sum, windows validated in Python first, stateful operations through PySpark's own
 * JVM streams), so that what prints is what PySpark prints.
 */
final class PythonStreamMethods {

    private HostRegistry registry;

    void install(HostRegistry target) {
        this.registry = target;
        element();
        pairs();
        windows();
        outputs();
    }

    private void on(String name, PyParams signature, PyParams.Body body) {
        Guard.method(registry, DStream.class, name, HostRegistry.ANY_ARITY, signature.method(body));
    }

    private void on(String name, int arity, NativeMethod body) {
        Guard.method(registry, DStream.class, name, arity, body);
    }

    @SuppressWarnings("unchecked")
    static DStream<Object> self(Object receiver) {
        return (DStream<Object>) receiver;
    }

    private static LangFunction fn(Object value, String method) {
        return Values.function(value, method);
    }

    private static Integer partitions(RunContext c, Object value) {
        return value == null ? c.service(Driver.class).sparkContextOrDefault().defaultParallelism()
                : Values.integer(value, "numPartitions");
    }

    @SuppressWarnings("unchecked")
    static Rdd<Object> asRdd(Object value) {
        if (value == null || value instanceof Rdd<?>) {
            return (Rdd<Object>) value;
        }
        throw new SparkApiException("spark.transform.notRdd", null, String.valueOf(value));
    }

    private void element() {
        PyParams mapLike = PyParams.of("map", "f", PyParams.REQUIRED, "preservesPartitioning", false);
        on("map", mapLike, (c, r, a) -> self(r).map(PyFunctions.of(c).map(fn(a[0], "map"))));
        on("flatMap", mapLike, (c, r, a) -> self(r).flatMap(PyFunctions.of(c).flat(fn(a[0], "flatMap"))));
        on("filter", 1, (c, r, a) -> self(r).filter(PyFunctions.of(c).filter(fn(a[0], "filter"))));
        on("mapPartitions", mapLike, (c, r, a) -> self(r).mapPartitions(
                it -> PyFunctions.of(c).partition(fn(a[0], "mapPartitions")).apply(it), Values.bool(a[1])));
        on("mapPartitionsWithIndex", mapLike, (c, r, a) -> {
            LangFunction f = fn(a[0], "mapPartitionsWithIndex");
            PyFunctions py = PyFunctions.of(c);
            return self(r).mapPartitionsWithIndex((i, it) -> Values.iterator(c,
                    py.onWorker(() -> f.call2((long) i, py.iteratorValue(it)))), Values.bool(a[1]));
        });
        on("glom", 0, (c, r, a) -> self(r).glom().map(part -> PyFunctions.of(c).list(part)));
        on("repartition", 1, (c, r, a) -> self(r).repartition(Values.integer(a[0], "repartition")));
        on("union", 1, (c, r, a) -> {
            DStream<Object> other = Values.stream(a[0], "union");
            if (!self(r).slideDuration().equals(other.slideDuration())) {
                throw PyErrors.valueError("the two DStream should have same slide duration");
            }
            return self(r).union(other);
        });
        on("count", 0, (c, r, a) -> self(r).mapPartitions(it -> {
            long n = 0;
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return List.<Object>of(n).iterator();
        }, false).map(x -> Tuple.pair(null, x)).pairs().reduceByKey((x, y) -> (Long) x + (Long) y, 1)
                .map(t -> t.value()));
        on("reduce", 1, (c, r, a) -> self(r).map(x -> Tuple.pair(null, x)).pairs()
                .reduceByKey(PyFunctions.of(c).binary(fn(a[0], "reduce")), 1).map(t -> t.value()));
        on("countByValue", 0, (c, r, a) -> self(r).map(x -> Tuple.pair(x, 1L)).pairs()
                .reduceByKey((x, y) -> (Long) x + (Long) y, partitions(c, null)));
        on("transform", 1, (c, r, a) -> {
            LangFunction f = fn(a[0], "transform");
            PyFunctions.requireArity(f, 1, "func should take one or two arguments");
            PyFunctions py = PyFunctions.of(c);
            return new TransformedDStream<>(List.of(self(r)), (rdds, time) -> asRdd(py.callWithOptionalTime(f,
                    rdds.get(0), time, "func should take one or two arguments")), false);
        });
        on("transformWith", PyParams.of("transformWith", "func", PyParams.REQUIRED, "other", PyParams.REQUIRED,
                "keepSerializer", false), (c, r, a) -> {
                    LangFunction f = fn(a[0], "transformWith");
                    PyFunctions.requireArity(f, 2, "func should take two or three arguments");
                    PyFunctions py = PyFunctions.of(c);
                    return new TransformedDStream<>(List.of(self(r), Values.stream(a[1], "transformWith")),
                            (rdds, time) -> asRdd(py.onDriver(() -> f.arity() == 3 ? f.call(new Object[] {
                                    py.datetime(time), rdds.get(0), rdds.get(1)}) : f.call2(rdds.get(0),
                                    rdds.get(1)))), false);
                });
        on("cache", 0, (c, r, a) -> self(r).cache());
        on("persist", 1, (c, r, a) -> self(r).persist());
        on("checkpoint", 1, (c, r, a) -> self(r).checkpoint(Values.seconds(a[0], "checkpoint")));
        on("slice", 2, (c, r, a) -> PyFunctions.of(c).list(self(r).slice(time(c, a[0]), time(c, a[1]))));
        on("mapWithState", HostRegistry.ANY_ARITY, (c, r, a) -> {
            throw new SparkApiException("spark.python.noMapWithState", null);
        });
    }

    /** PySpark's slice takes datetimes or Unix seconds. */
    private static Time time(RunContext c, Object value) {
        if (value instanceof PyDateTime dt) {
            return new Time((long) (dt.timestamp(c.service(Driver.class).zone()) * 1000));
        }
        return new Time(Values.seconds(value, "slice").milliseconds());
    }

    private void pairs() {
        PyParams reduceSig = PyParams.of("reduceByKey", "func", PyParams.REQUIRED, "numPartitions", null);
        on("reduceByKey", reduceSig, (c, r, a) -> self(r).pairs().reduceByKey(
                PyFunctions.of(c).binary(fn(a[0], "reduceByKey")), partitions(c, a[1])));
        on("combineByKey", PyParams.of("combineByKey", "createCombiner", PyParams.REQUIRED, "mergeValue",
                PyParams.REQUIRED, "mergeCombiners", PyParams.REQUIRED, "numPartitions", null), (c, r, a) -> {
                    PyFunctions py = PyFunctions.of(c);
                    return self(r).pairs().combineByKey(new dev.streamlab.engine.rdd.Aggregator<Object, Object>(
                            py.map(fn(a[0], "combineByKey")), py.binary(fn(a[1], "combineByKey")),
                            py.binary(fn(a[2], "combineByKey"))), partitions(c, a[3]), true);
                });
        on("groupByKey", PyParams.of("groupByKey", "numPartitions", null), (c, r, a) -> self(r).pairs()
                .groupByKey(partitions(c, a[0])).pairs().mapValues(PythonStreamMethods::resultIterable));
        on("mapValues", 1, (c, r, a) -> self(r).pairs().mapValues(PyFunctions.of(c).map(fn(a[0], "mapValues"))));
        on("flatMapValues", 1, (c, r, a) -> self(r).pairs().flatMapValues(
                PyFunctions.of(c).flat(fn(a[0], "flatMapValues"))));
        on("partitionBy", PyParams.of("partitionBy", "numPartitions", PyParams.REQUIRED, "partitionFunc", null),
                (c, r, a) -> self(r).transform(rdd -> rdd.pairs().partitionBy(
                        new dev.streamlab.engine.rdd.HashPartitioner(Values.integer(a[0], "partitionBy")))));
        for (String name : List.of("join", "leftOuterJoin", "rightOuterJoin", "fullOuterJoin", "cogroup")) {
            on(name, PyParams.of(name, "other", PyParams.REQUIRED, "numPartitions", null), (c, r, a) -> {
                Integer n = partitions(c, a[1]);
                var p = self(r).pairs();
                DStream<Object> other = Values.stream(a[0], name);
                DStream<Tuple> joined = switch (name) {
                    case "join" -> p.join(other, n);
                    case "leftOuterJoin" -> p.leftOuterJoin(other, n);
                    case "rightOuterJoin" -> p.rightOuterJoin(other, n);
                    case "fullOuterJoin" -> p.fullOuterJoin(other, n);
                    default -> p.cogroup(other, n);
                };
                return name.equals("cogroup")
                        ? joined.pairs().mapValues(PythonStreamMethods::iterablePair)
                        : joined.pairs().mapValues(PyFunctions::unwrapSides);
            });
        }
        on("updateStateByKey", PyParams.of("updateStateByKey", "updateFunc", PyParams.REQUIRED, "numPartitions",
                null, "initialRDD", null), this::updateStateByKey);
    }

    static Object resultIterable(Object buffer) {
        @SuppressWarnings("unchecked")
        List<Object> values = (List<Object>) buffer;
        return new ResultIterable(values);
    }

    static Object iterablePair(Object groups) {
        Tuple t = (Tuple) groups;
        return Tuple.of(resultIterable(t.get(0)), resultIterable(t.get(1)));
    }

    /** dstream.py's updateStateByKey: cogroup the previous state with the new values, drop keys that return None. */
    private Object updateStateByKey(RunContext c, Object r, Object[] a) {
        LangFunction update = fn(a[0], "updateStateByKey");
        int n = partitions(c, a[1]);
        PyFunctions py = PyFunctions.of(c);
        Rdd<Object> initial = null;
        if (a[2] != null) {
            initial = a[2] instanceof Rdd<?> rdd ? ScalaRddMethods.rdd(rdd)
                    : c.service(Driver.class).sparkContextOrDefault().parallelizePython(Values.list(c, a[2]), null);
        }
        dev.streamlab.engine.rdd.HashPartitioner partitioner = new dev.streamlab.engine.rdd.HashPartitioner(n);
        RecurrentStateDStream.Step<Object, Object> step = (previous, batch, time) -> {
            Rdd<Tuple> grouped;
            if (previous == null) {
                grouped = batch.pairs().groupByKey(partitioner).pairs().mapValues(vs ->
                        Tuple.of(py.list((Buffer) vs), null));
            } else {
                grouped = previous.pairs().cogroup(List.of(batch.pairs().partitionBy(partitioner)), partitioner)
                        .pairs().mapValues(ab -> {
                            Tuple sides = (Tuple) ab;
                            Buffer state = (Buffer) sides.get(0);
                            return Tuple.of(py.list((Buffer) sides.get(1)), state.isEmpty() ? null : state.get(0));
                        });
            }
            Rdd<Tuple> state = grouped.pairs().mapValues(vs -> {
                Tuple t = (Tuple) vs;
                return py.onWorker(() -> update.call2(t.get(0), t.get(1)));
            });
            return ScalaRddMethods.rdd(state.filter(kv -> kv.value() != null));
        };
        return new RecurrentStateDStream<>("PythonStateDStream", self(r), step, initial, self(r).slideDuration());
    }

    private void windows() {
        on("window", PyParams.of("window", "windowDuration", PyParams.REQUIRED, "slideDuration", null),
                (c, r, a) -> {
                    validateWindow(self(r), a[0], a[1]);
                    Duration w = Values.seconds(a[0], "window");
                    return a[1] == null ? self(r).window(w) : self(r).window(w, Values.seconds(a[1], "window"));
                });
        on("reduceByWindow", PyParams.of("reduceByWindow", "reduceFunc", PyParams.REQUIRED, "invReduceFunc",
                PyParams.REQUIRED, "windowDuration", PyParams.REQUIRED, "slideDuration", PyParams.REQUIRED),
                (c, r, a) -> {
                    DStream<Tuple> keyed = self(r).map(x -> Tuple.pair(1L, x));
                    DStream<Object> reduced = reduceByKeyAndWindow(c, keyed, fn(a[0], "reduceByWindow"),
                            a[1] == null ? null : fn(a[1], "reduceByWindow"), a[2], a[3], 1, null);
                    return reduced.map(kv -> ((Tuple) kv).value());
                });
        on("countByWindow", PyParams.of("countByWindow", "windowDuration", PyParams.REQUIRED, "slideDuration",
                PyParams.REQUIRED), (c, r, a) -> {
                    DStream<Tuple> keyed = self(r).map(x -> Tuple.pair(1L, 1L));
                    return reduceByKeyAndWindow(c, keyed, ADD, SUBTRACT, a[0], a[1], 1, null)
                            .map(kv -> ((Tuple) kv).value());
                });
        on("countByValueAndWindow", PyParams.of("countByValueAndWindow", "windowDuration", PyParams.REQUIRED,
                "slideDuration", PyParams.REQUIRED, "numPartitions", null), (c, r, a) -> {
                    DStream<Tuple> keyed = self(r).map(x -> Tuple.pair(x, 1L));
                    return reduceByKeyAndWindow(c, keyed, ADD, SUBTRACT, a[0], a[1], a[2], null)
                            .filter(kv -> (Long) ((Tuple) kv).value() > 0);
                });
        on("groupByKeyAndWindow", PyParams.of("groupByKeyAndWindow", "windowDuration", PyParams.REQUIRED,
                "slideDuration", PyParams.REQUIRED, "numPartitions", null), (c, r, a) -> {
                    PyFunctions py = PyFunctions.of(c);
                    DStream<Tuple> lists = self(r).pairs().mapValues(x -> py.list(List.of(x)));
                    BiFunction<Object, Object, Object> extend = (x, y) -> {
                        List<Object> joined = new ArrayList<>(Values.list(c, x));
                        joined.addAll(Values.list(c, y));
                        return py.list(joined);
                    };
                    BiFunction<Object, Object, Object> drop = (x, y) -> {
                        List<Object> all = Values.list(c, x);
                        return py.list(all.subList(Values.list(c, y).size(), all.size()));
                    };
                    return reduceByKeyAndWindow(c, lists, extend, drop, a[0], a[1], a[2], null).pairs()
                            .mapValues(v -> new ResultIterable(Values.list(c, v)));
                });
        on("reduceByKeyAndWindow", PyParams.of("reduceByKeyAndWindow", "func", PyParams.REQUIRED, "invFunc",
                PyParams.REQUIRED, "windowDuration", PyParams.REQUIRED, "slideDuration", null, "numPartitions", null,
                "filterFunc", null), (c, r, a) -> {
                    PyFunctions py = PyFunctions.of(c);
                    return reduceByKeyAndWindow(c, self(r), fn(a[0], "reduceByKeyAndWindow"),
                            a[1] == null ? null : fn(a[1], "reduceByKeyAndWindow"), a[2], a[3], a[4],
                            a[5] == null ? null : py.filter(fn(a[5], "reduceByKeyAndWindow")));
                });
    }

    private static final BiFunction<Object, Object, Object> ADD = (x, y) -> (Long) x + (Long) y;
    private static final BiFunction<Object, Object, Object> SUBTRACT = (x, y) -> (Long) x - (Long) y;

    private static BiFunction<Object, Object, Object> binary(RunContext c, Object f) {
        if (f instanceof LangFunction lf) {
            return PyFunctions.of(c).binary(lf);
        }
        @SuppressWarnings("unchecked")
        BiFunction<Object, Object, Object> given = (BiFunction<Object, Object, Object>) f;
        return given;
    }

    /** dstream.py's reduceByKeyAndWindow: with an inverse, PySpark's own windowed stream; without, naive. */
    @SuppressWarnings("unchecked")
    private static DStream<Object> reduceByKeyAndWindow(RunContext c, DStream<?> stream, Object func, Object invFunc,
                                                        Object window, Object slide, Object numPartitions,
                                                        java.util.function.Predicate<Object> filter) {
        DStream<Object> self = (DStream<Object>) stream;
        validateWindow(self, window, slide);
        int n = partitions(c, numPartitions);
        BiFunction<Object, Object, Object> reduce = binary(c, func);
        DStream<Tuple> reduced = self.pairs().reduceByKey(reduce, n);
        Duration w = Values.seconds(window, "reduceByKeyAndWindow");
        Duration s = slide == null ? self.slideDuration() : Values.seconds(slide, "reduceByKeyAndWindow");
        if (invFunc == null) {
            return (DStream<Object>) (DStream<?>) reduced.window(w, s).pairs().reduceByKey(reduce, n);
        }
        BiFunction<Object, Object, Object> inverse = binary(c, invFunc);
        dev.streamlab.engine.rdd.HashPartitioner p = new dev.streamlab.engine.rdd.HashPartitioner(n);
        PythonReducedWindowedDStream.Step<Tuple> add = (previous, batches, time) -> {
            Rdd<Tuple> b = batches.pairs().reduceByKey(reduce, p);
            Rdd<Tuple> sum = previous == null ? b : previous.union(b).pairs().reduceByKey(reduce, p);
            return filter == null ? sum : sum.filter(filter::test);
        };
        PythonReducedWindowedDStream.Step<Tuple> subtract = (previous, batches, time) -> {
            Rdd<Tuple> b = batches.pairs().reduceByKey(reduce, p);
            return previous.pairs().leftOuterJoin(b, p).pairs().mapValues(joined -> {
                Tuple sides = (Tuple) joined;
                Object old = PyFunctions.unwrap(sides.get(1));
                return old == null ? sides.get(0) : inverse.apply(sides.get(0), old);
            });
        };
        return (DStream<Object>) (DStream<?>) new PythonReducedWindowedDStream<>(reduced, add, subtract, w, s);
    }

    /** dstream.py checks window and slide against the stream's slide before asking the JVM. */
    private static void validateWindow(DStream<?> stream, Object window, Object slide) {
        long duration = stream.slideDuration().milliseconds();
        if (Values.seconds(window, "window").milliseconds() % duration != 0) {
            throw PyErrors.valueError("windowDuration must be multiple of the slide duration (" + duration + " ms)");
        }
        if (slide != null && Values.seconds(slide, "window").milliseconds() % duration != 0) {
            throw PyErrors.valueError("slideDuration must be multiple of the slide duration (" + duration + " ms)");
        }
    }

    private void outputs() {
        on("pprint", PyParams.of("pprint", "num", 10L), (c, r, a) -> {
            int num = Values.integer(a[0], "pprint");
            Driver driver = c.service(Driver.class);
            self(r).print(num, new PrintFormat() {
                @Override
                public String element(Object value) {
                    return c.semantics().str(value);
                }

                @Override
                public String time(Time time) {
                    return PyDateTime.fromEpochMillis(time.milliseconds(), driver.zone()).pyStr();
                }
            });
            return null;
        });
        on("foreachRDD", 1, (c, r, a) -> {
            LangFunction f = fn(a[0], "foreachRDD");
            PyFunctions py = PyFunctions.of(c);
            self(r).foreachRdd((rdd, time) -> py.callWithOptionalTime(f, rdd, time,
                    "func should take one or two arguments"));
            return null;
        });
        on("saveAsTextFiles", PyParams.of("saveAsTextFiles", "prefix", PyParams.REQUIRED, "suffix", null),
                (c, r, a) -> {
                    Driver d = c.service(Driver.class);
                    self(r).saveAsTextFiles(d.sessionFolder(), SessionFolder.relative(Values.string(a[0],
                            "saveAsTextFiles")), a[1] == null ? null : Values.string(a[1], "saveAsTextFiles"),
                            v -> c.semantics().str(v));
                    return null;
                });
        on("context", 0, (c, r, a) -> new PyStreamingContext(self(r).context(),
                c.service(Driver.class).sparkContextOrDefault()));
    }
}
