package dev.streamlab.lang.spark;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.PrintFormat;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.dstream.MapWithStateDStream;
import dev.streamlab.engine.dstream.StateSpec;
import dev.streamlab.engine.rdd.Aggregator;
import dev.streamlab.engine.rdd.HashPartitioner;
import dev.streamlab.engine.rdd.Rdd;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.NativeMethod;
import dev.streamlab.lang.runtime.RunContext;

import java.util.function.Predicate;

/** {@code DStream} and {@code PairDStreamFunctions} methods with Scala's names and overloads. */
final class ScalaStreamMethods {

    private HostRegistry registry;

    void install(HostRegistry target) {
        this.registry = target;
        element();
        pairs();
        windows();
        state();
        outputs();
    }

    private void on(String name, int arity, NativeMethod body) {
        registry.method(DStream.class, name, arity, Guard.wrap(CreationSites.tracking(name,
                ScalaNamedArguments.accepting(name, body))));
    }

    @SuppressWarnings("unchecked")
    private static DStream<Object> self(Object receiver) {
        return (DStream<Object>) receiver;
    }

    private static LangFunction fn(Object value, String method) {
        return Values.function(value, method);
    }

    private static Object unit(RunContext c) {
        return c.semantics().unit();
    }

    private void element() {
        on("map", 1, (c, r, a) -> self(r).map(fn(a[0], "map")));
        on("flatMap", 1, (c, r, a) -> self(r).flatMap(ScalaFunctions.flat(c, fn(a[0], "flatMap"))));
        on("filter", 1, (c, r, a) -> self(r).filter((Predicate<Object>) fn(a[0], "filter")));
        on("glom", 0, (c, r, a) -> self(r).glom().map(part -> ScalaCollections.array(c, part)));
        on("mapPartitions", 1, (c, r, a) -> mapPartitions(c, r, a[0], false));
        on("mapPartitions", 2, (c, r, a) -> mapPartitions(c, r, a[0], Values.bool(a[1])));
        on("repartition", 1, (c, r, a) -> self(r).repartition(Values.integer(a[0], "repartition")));
        on("union", 1, (c, r, a) -> self(r).union(Values.stream(a[0], "union")));
        on("count", 0, (c, r, a) -> self(r).count());
        on("countByValue", 0, (c, r, a) -> self(r).countByValue(null));
        on("countByValue", 1, (c, r, a) -> self(r).countByValue(Values.integer(a[0], "countByValue")));
        on("reduce", 1, (c, r, a) -> {
            LangFunction f = fn(a[0], "reduce");
            return self(r).reduce(f::call2);
        });
        on("transform", 1, (c, r, a) -> {
            LangFunction f = fn(a[0], "transform");
            return self(r).transform((Rdd<Object> rdd, Time time) -> asRdd(ScalaFunctions.call(f, rdd, time)));
        });
        on("transformWith", 2, (c, r, a) -> {
            LangFunction f = fn(a[1], "transformWith");
            return self(r).transformWith(Values.stream(a[0], "transformWith"), (x, y, time) -> asRdd(f.arity() == 3
                    ? f.call(new Object[] {x, y, time}) : f.call2(x, y)));
        });
        on("persist", 0, (c, r, a) -> self(r).persist());
        on("persist", 1, (c, r, a) -> self(r).persist());
        on("cache", 0, (c, r, a) -> self(r).cache());
        on("checkpoint", 1, (c, r, a) -> self(r).checkpoint(Values.duration(a[0], "checkpoint")));
        on("slideDuration", 0, (c, r, a) -> self(r).slideDuration());
        on("context", 0, (c, r, a) -> self(r).context());
        on("slice", 2, (c, r, a) -> ScalaCollections.seq(c, self(r).slice(Values.time(a[0], "slice"),
                Values.time(a[1], "slice"))));
    }

    private static Object mapPartitions(RunContext c, Object r, Object f, boolean preserve) {
        LangFunction function = fn(f, "mapPartitions");
        return self(r).mapPartitions(it -> Values.iterator(c, function.call1(ScalaCollections.iterator(c, it))),
                preserve);
    }

    @SuppressWarnings("unchecked")
    static Rdd<Object> asRdd(Object value) {
        if (value instanceof Rdd<?> rdd) {
            return (Rdd<Object>) rdd;
        }
        if (value == null) {
            return null;
        }
        throw new SparkApiException("spark.transform.notRdd", null, String.valueOf(value));
    }

    private static Integer partitions(Object arg, String method) {
        if (arg == null) {
            return null;
        }
        if (arg instanceof HashPartitioner p) {
            return p.numPartitions();
        }
        return Values.integer(arg, method);
    }

    private void pairs() {
        on("reduceByKey", 1, (c, r, a) -> self(r).pairs().reduceByKey(fn(a[0], "reduceByKey").asBiFunction(),
                (Integer) null));
        on("reduceByKey", 2, (c, r, a) -> self(r).pairs().reduceByKey(fn(a[0], "reduceByKey").asBiFunction(),
                partitions(a[1], "reduceByKey")));
        on("groupByKey", 0, (c, r, a) -> self(r).pairs().groupByKey(null));
        on("groupByKey", 1, (c, r, a) -> self(r).pairs().groupByKey(partitions(a[0], "groupByKey")));
        NativeMethod combine = (c, r, a) -> {
            Aggregator<Object, Object> agg = new Aggregator<>(fn(a[0], "combineByKey"),
                    fn(a[1], "combineByKey").asBiFunction(), fn(a[2], "combineByKey").asBiFunction());
            Integer n = a.length > 3 ? partitions(a[3], "combineByKey") : null;
            boolean mapSide = a.length <= 4 || Values.bool(a[4]);
            return self(r).pairs().combineByKey(agg, n, mapSide);
        };
        on("combineByKey", 3, combine);
        on("combineByKey", 4, combine);
        on("combineByKey", 5, combine);
        on("mapValues", 1, (c, r, a) -> self(r).pairs().mapValues(fn(a[0], "mapValues")));
        on("flatMapValues", 1, (c, r, a) -> self(r).pairs().flatMapValues(
                ScalaFunctions.flat(c, fn(a[0], "flatMapValues"))));
        join("join");
        join("leftOuterJoin");
        join("rightOuterJoin");
        join("fullOuterJoin");
        join("cogroup");
    }

    private void join(String name) {
        for (int arity = 1; arity <= 2; arity++) {
            on(name, arity, (c, r, a) -> {
                Integer n = a.length > 1 ? partitions(a[1], name) : null;
                var p = self(r).pairs();
                DStream<?> other = Values.stream(a[0], name);
                return switch (name) {
                    case "join" -> p.join(other, n);
                    case "leftOuterJoin" -> p.leftOuterJoin(other, n);
                    case "rightOuterJoin" -> p.rightOuterJoin(other, n);
                    case "fullOuterJoin" -> p.fullOuterJoin(other, n);
                    default -> p.cogroup(other, n);
                };
            });
        }
    }

    private void windows() {
        on("window", 1, (c, r, a) -> self(r).window(Values.duration(a[0], "window")));
        on("window", 2, (c, r, a) -> self(r).window(Values.duration(a[0], "window"),
                Values.duration(a[1], "window")));
        on("reduceByWindow", 3, (c, r, a) -> {
            LangFunction f = fn(a[0], "reduceByWindow");
            return self(r).reduceByWindow((x, y) -> f.call2(x, y), Values.duration(a[1], "reduceByWindow"),
                    Values.duration(a[2], "reduceByWindow"));
        });
        on("reduceByWindow", 4, (c, r, a) -> {
            LangFunction f = fn(a[0], "reduceByWindow");
            LangFunction inv = fn(a[1], "reduceByWindow");
            return self(r).reduceByWindow((x, y) -> f.call2(x, y), (x, y) -> inv.call2(x, y),
                    Values.duration(a[2], "reduceByWindow"), Values.duration(a[3], "reduceByWindow"));
        });
        on("countByWindow", 2, (c, r, a) -> self(r).countByWindow(Values.duration(a[0], "countByWindow"),
                Values.duration(a[1], "countByWindow")));
        for (int arity = 2; arity <= 3; arity++) {
            on("countByValueAndWindow", arity, (c, r, a) -> self(r).countByValueAndWindow(
                    Values.duration(a[0], "countByValueAndWindow"), Values.duration(a[1], "countByValueAndWindow"),
                    a.length > 2 ? partitions(a[2], "countByValueAndWindow") : null));
        }
        for (int arity = 1; arity <= 3; arity++) {
            on("groupByKeyAndWindow", arity, (c, r, a) -> {
                Duration w = Values.duration(a[0], "groupByKeyAndWindow");
                Duration s = a.length > 1 ? Values.duration(a[1], "groupByKeyAndWindow") : self(r).slideDuration();
                Integer n = a.length > 2 ? partitions(a[2], "groupByKeyAndWindow") : null;
                return self(r).pairs().groupByKeyAndWindow(w, s, n);
            });
        }
        on("reduceByKeyAndWindow", HostRegistry.ANY_ARITY, ScalaStreamMethods::reduceByKeyAndWindow);
    }

    /** The overloads differ in whether the second argument is an inverse function or the window length. */
    private static Object reduceByKeyAndWindow(RunContext c, Object r, Object[] a) {
        String m = "reduceByKeyAndWindow";
        LangFunction f = fn(a[0], m);
        if (!Values.isFunction(a[1])) {
            Duration w = Values.duration(a[1], m);
            Duration s = a.length > 2 && a[2] != null ? Values.duration(a[2], m) : self(r).slideDuration();
            Integer n = a.length > 3 ? partitions(a[3], m) : null;
            return self(r).pairs().reduceByKeyAndWindow(f.asBiFunction(), w, s, n);
        }
        LangFunction inv = fn(a[1], m);
        Duration w = Values.duration(a[2], m);
        Duration s = a.length > 3 && a[3] != null ? Values.duration(a[3], m) : self(r).slideDuration();
        Integer n = a.length > 4 && a[4] != null ? partitions(a[4], m) : null;
        Predicate<Tuple> filter = null;
        if (a.length > 5 && a[5] != null) {
            LangFunction keep = fn(a[5], m);
            filter = t -> Values.bool(keep.call1(t));
        }
        return self(r).pairs().reduceByKeyAndWindow(f.asBiFunction(), inv.asBiFunction(), w, s, n, filter);
    }

    private void state() {
        for (int arity = 1; arity <= 4; arity++) {
            on("updateStateByKey", arity, ScalaStreamMethods::updateStateByKey);
        }
        on("mapWithState", 1, (c, r, a) -> self(r).pairs().mapWithState((StateSpec) a[0]));
        Guard.method(registry, MapWithStateDStream.class, "stateSnapshots", 0,
                (c, r, a) -> ((MapWithStateDStream) r).stateSnapshots());
    }

    /**
     * Every overload: {@code (f)}, {@code (f, numPartitions | partitioner)}, {@code (f, partitioner, initialRDD)},
     * {@code (f, partitioner, rememberPartitioner[, initialRDD | Option[RDD]])}; {@code f} takes (values, state),
     * (time, key, values, state), or an iterator of (key, values, state) triples.
     */
    private static Object updateStateByKey(RunContext c, Object r, Object[] a) {
        String m = "updateStateByKey";
        LangFunction f = fn(a[0], m);
        Integer n = a.length > 1 ? partitions(a[1], m) : null;
        Object initialArg = null;
        if (a.length == 3 && !(a[2] instanceof Boolean)) {
            initialArg = a[2];
        } else if (a.length == 4) {
            initialArg = a[3];
        }
        if (initialArg instanceof java.util.Optional<?> option) {
            initialArg = option.orElse(null);
        }
        @SuppressWarnings("unchecked")
        Rdd<Tuple> initial = initialArg == null ? null : (Rdd<Tuple>) (Rdd<?>) ScalaRddMethods.rdd(initialArg);
        if (f.arity() == 1) {
            return self(r).pairs().updateStateByKey((time, updates) -> {
                java.util.List<Object> triples = new java.util.ArrayList<>();
                updates.forEachRemaining(u -> triples.add(Tuple.of(u.key(), u.values(), u.previous())));
                Object result = f.call1(ScalaCollections.iterator(c, triples.iterator()));
                java.util.List<Tuple> pairs = new java.util.ArrayList<>();
                Values.iterator(c, result).forEachRemaining(x -> pairs.add((Tuple) x));
                return pairs.iterator();
            }, c.service(Driver.class).sparkContextOrDefault().rddContext().partitioner(n), true, initial);
        }
        return self(r).pairs().updateStateByKey(ScalaFunctions.update(f), n, initial);
    }

    private void outputs() {
        on("print", 0, (c, r, a) -> print(c, r, 10));
        on("print", 1, (c, r, a) -> print(c, r, Values.integer(a[0], "print")));
        on("foreachRDD", 1, (c, r, a) -> {
            LangFunction f = fn(a[0], "foreachRDD");
            self(r).foreachRdd((rdd, time) -> ScalaFunctions.call(f, rdd, time));
            return unit(c);
        });
        on("saveAsTextFiles", 1, (c, r, a) -> save(c, r, a[0], null));
        on("saveAsTextFiles", 2, (c, r, a) -> save(c, r, a[0], a[1]));
        on("saveAsObjectFiles", 1, (c, r, a) -> save(c, r, a[0], null));
        on("saveAsObjectFiles", 2, (c, r, a) -> save(c, r, a[0], a[1]));
        for (String hadoop : java.util.List.of("saveAsHadoopFiles", "saveAsNewAPIHadoopFiles")) {
            on(hadoop, HostRegistry.ANY_ARITY, (c, r, a) -> {
                throw new SparkApiException("spark.unavailable.hadoop", null, hadoop);
            });
        }
    }

    private static Object print(RunContext c, Object r, int num) {
        self(r).print(num, new PrintFormat() {
            @Override
            public String element(Object value) {
                return c.semantics().str(value);
            }

            @Override
            public String time(Time time) {
                return time.toString();
            }
        });
        return unit(c);
    }

    private static Object save(RunContext c, Object r, Object prefix, Object suffix) {
        Driver d = c.service(Driver.class);
        self(r).saveAsTextFiles(d.sessionFolder(), SessionFolder.relative(Values.string(prefix, "saveAsTextFiles")),
                suffix == null ? null : Values.string(suffix, "saveAsTextFiles"), v -> c.semantics().str(v));
        return unit(c);
    }
}
