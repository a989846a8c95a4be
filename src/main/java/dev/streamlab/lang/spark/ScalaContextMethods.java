package dev.streamlab.lang.spark;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.rdd.Rdd;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.NativeMethod;
import dev.streamlab.lang.runtime.RunContext;
import dev.streamlab.lang.scala.ScalaSeq;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;

/** Methods of {@code SparkContext} and {@code StreamingContext} for Scala programs. */
final class ScalaContextMethods {

    private static final AtomicLong IDS = new AtomicLong();

    private ScalaContextMethods() {
    }

    private static Driver driver(RunContext c) {
        return c.service(Driver.class);
    }

    private static void method(HostRegistry registry, Class<?> receiver, String name, int arity, NativeMethod body) {
        registry.method(receiver, name, arity,
                Guard.wrap(CreationSites.tracking(name, ScalaNamedArguments.accepting(name, body))));
    }

    static void installSparkContext(HostRegistry registry) {
        Class<SparkContextValue> sc = SparkContextValue.class;
        method(registry, sc, "setLogLevel", 1, (c, r, a) -> c.semantics().unit());
        method(registry, sc, "defaultParallelism", 0, (c, r, a) -> ((SparkContextValue) r).defaultParallelism());
        method(registry, sc, "parallelize", 1, (c, r, a) -> ((SparkContextValue) r).parallelize(
                Values.list(c, a[0]), null));
        method(registry, sc, "parallelize", 2, (c, r, a) -> ((SparkContextValue) r).parallelize(
                Values.list(c, a[0]), Values.integer(a[1], "parallelize")));
        method(registry, sc, "makeRDD", 1, (c, r, a) -> ((SparkContextValue) r).parallelize(
                Values.list(c, a[0]), null));
        method(registry, sc, "makeRDD", 2, (c, r, a) -> ((SparkContextValue) r).parallelize(
                Values.list(c, a[0]), Values.integer(a[1], "makeRDD")));
        method(registry, sc, "emptyRDD", 0, (c, r, a) -> ((SparkContextValue) r).emptyRdd());
        method(registry, sc, "union", 1, (c, r, a) -> {
            List<Rdd<Object>> rdds = new ArrayList<>();
            for (Object x : Values.list(c, a[0])) {
                rdds.add(ScalaRddMethods.rdd(x));
            }
            return Rdd.union(((SparkContextValue) r).rddContext(), rdds);
        });
        method(registry, sc, "broadcast", 1, (c, r, a) -> new Broadcast(IDS.incrementAndGet(), a[0]));
        registry.method(Broadcast.class, "value", 0, (c, r, a) -> ((Broadcast) r).value());
        method(registry, sc, "longAccumulator", 0, (c, r, a) -> new Accumulator(IDS.incrementAndGet(), null, 0L));
        method(registry, sc, "longAccumulator", 1, (c, r, a) ->
                new Accumulator(IDS.incrementAndGet(), Values.string(a[0], "longAccumulator"), 0L));
        Guard.method(registry, Accumulator.class, "add", 1, (c, r, a) -> {
            ((Accumulator) r).add(Values.longValue(a[0], "add"), (x, y) -> (Long) x + (Long) y);
            return c.semantics().unit();
        });
        Guard.method(registry, Accumulator.class, "value", 0, (c, r, a) -> ((Accumulator) r).value());
        Guard.method(registry, Accumulator.class, "sum", 0, (c, r, a) -> ((Accumulator) r).value());
        Guard.method(registry, Accumulator.class, "count", 0, (c, r, a) -> ((Accumulator) r).count());
        Guard.method(registry, Accumulator.class, "reset", 0, (c, r, a) -> {
            ((Accumulator) r).reset(0L);
            return c.semantics().unit();
        });
        method(registry, sc, "stop", 0, (c, r, a) -> {
            ((SparkContextValue) r).stop();
            return c.semantics().unit();
        });
        method(registry, sc, "appName", 0, (c, r, a) -> ((SparkContextValue) r).conf().appName());
        method(registry, sc, "master", 0, (c, r, a) -> ((SparkContextValue) r).conf().master());
        method(registry, sc, "getConf", 0, (c, r, a) -> ((SparkContextValue) r).conf());
        method(registry, sc, "setCheckpointDir", 1, (c, r, a) -> c.semantics().unit());
        for (String reader : List.of("textFile", "wholeTextFiles", "objectFile", "sequenceFile", "binaryFiles")) {
            method(registry, sc, reader, HostRegistry.ANY_ARITY, (c, r, a) -> {
                throw new SparkApiException("spark.unavailable.textFile", null);
            });
        }
        for (String hadoop : List.of("hadoopFile", "newAPIHadoopFile", "hadoopRDD", "newAPIHadoopRDD")) {
            method(registry, sc, hadoop, HostRegistry.ANY_ARITY, (c, r, a) -> {
                throw new SparkApiException("spark.unavailable.hadoop", null, "SparkContext." + hadoop);
            });
        }
    }

    static void installStreamingContext(HostRegistry registry) {
        Class<StreamingContext> ssc = StreamingContext.class;
        method(registry, ssc, "socketTextStream", 2, (c, r, a) -> socket(r, a));
        method(registry, ssc, "socketTextStream", 3, (c, r, a) -> socket(r, a));
        method(registry, ssc, "socketStream", HostRegistry.ANY_ARITY, (c, r, a) -> {
            throw new SparkApiException("spark.unavailable.receiver", null, "socketStream");
        });
        method(registry, ssc, "receiverStream", 1, (c, r, a) -> {
            throw new SparkApiException("spark.unavailable.receiver", null, "receiverStream");
        });
        method(registry, ssc, "rawSocketStream", HostRegistry.ANY_ARITY, (c, r, a) -> {
            throw new SparkApiException("spark.unavailable.receiver", null, "rawSocketStream");
        });
        method(registry, ssc, "textFileStream", 1, (c, r, a) -> {
            String directory = Values.string(a[0], "textFileStream");
            return ((StreamingContext) r).textFileStream(SessionFolder.watched(driver(c).sessionFolder(), directory),
                    directory);
        });
        for (String watcher : List.of("fileStream", "binaryRecordsStream")) {
            method(registry, ssc, watcher, HostRegistry.ANY_ARITY, (c, r, a) -> {
                throw new SparkApiException("spark.unavailable.textFileStream", null, watcher);
            });
        }
        for (int arity = 1; arity <= 3; arity++) {
            method(registry, ssc, "queueStream", arity, (c, r, a) -> queue(c, (StreamingContext) r, a));
        }
        method(registry, ssc, "checkpoint", 1, (c, r, a) -> {
            ((StreamingContext) r).checkpoint(SessionFolder.relative(Values.string(a[0], "checkpoint")));
            return c.semantics().unit();
        });
        method(registry, ssc, "remember", 1, (c, r, a) -> {
            ((StreamingContext) r).remember(Values.duration(a[0], "remember"));
            return c.semantics().unit();
        });
        method(registry, ssc, "sparkContext", 0, (c, r, a) -> driver(c).sparkContextOrDefault());
        method(registry, ssc, "start", 0, (c, r, a) -> {
            ((StreamingContext) r).start();
            driver(c).warnIfStarved();
            return c.semantics().unit();
        });
        method(registry, ssc, "awaitTermination", 0, (c, r, a) -> {
            driver(c).awaitTermination();
            return c.semantics().unit();
        });
        method(registry, ssc, "awaitTerminationOrTimeout", 1, (c, r, a) ->
                driver(c).awaitTermination(Values.longValue(a[0], "awaitTerminationOrTimeout")));
        for (int arity = 0; arity <= 2; arity++) {
            method(registry, ssc, "stop", arity, (c, r, a) -> {
                StreamingContext context = (StreamingContext) r;
                context.stop();
                if (a.length == 0 || a[0] == null || Values.bool(a[0])) {
                    driver(c).sparkContextOrDefault().stop();
                }
                return c.semantics().unit();
            });
        }
        method(registry, ssc, "getState", 0, (c, r, a) -> ((StreamingContext) r).state().name());
        method(registry, ssc, "union", 1, (c, r, a) -> {
            List<DStream<Object>> streams = new ArrayList<>();
            for (Object x : Values.list(c, a[0])) {
                streams.add(Values.stream(x, "union"));
            }
            return ((StreamingContext) r).union(streams);
        });
        method(registry, ssc, "transform", 2, (c, r, a) -> {
            List<DStream<?>> streams = new ArrayList<>();
            for (Object x : Values.list(c, a[0])) {
                streams.add(Values.stream(x, "transform"));
            }
            LangFunction f = Values.function(a[1], "transform");
            return ((StreamingContext) r).transform(streams, (rdds, time) ->
                    ScalaStreamMethods.asRdd(f.call2(ScalaCollections.seq(c, rdds), time)));
        });
    }

    private static Object socket(Object receiver, Object[] args) {
        String host = Values.string(args[0], "socketTextStream");
        int port = Values.integer(args[1], "socketTextStream");
        return ((StreamingContext) receiver).socketTextStream(host, port);
    }

    @SuppressWarnings("unchecked")
    private static Object queue(RunContext c, StreamingContext ssc, Object[] a) {
        Queue<Rdd<Object>> queue = a[0] instanceof Queue<?> q ? (Queue<Rdd<Object>>) q : queueOf(c, a[0]);
        boolean oneAtATime = a.length < 2 || a[1] == null || Values.bool(a[1]);
        if (a.length > 2 && a[2] != null) {
            return ssc.queueStream(queue, oneAtATime, ScalaRddMethods.rdd(a[2]));
        }
        return ssc.queueStream(queue, oneAtATime);
    }

    /**
     * A Scala {@code mutable.Queue[RDD]} is read at each batch, so later pushes are seen: a mutable sequence stays
     * the live queue (batches dequeue from it); an immutable one is copied.
     */
    @SuppressWarnings("unchecked")
    private static Queue<Rdd<Object>> queueOf(RunContext c, Object value) {
        if (value instanceof ScalaSeq seq && seq.kind().growable()) {
            return new LiveQueue((List<Object>) (List<?>) seq);
        }
        Queue<Rdd<Object>> queue = new ArrayDeque<>();
        for (Object x : Values.list(c, value)) {
            queue.add(ScalaRddMethods.rdd(x));
        }
        return queue;
    }

}
