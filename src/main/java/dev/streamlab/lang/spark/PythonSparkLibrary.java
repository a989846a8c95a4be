package dev.streamlab.lang.spark;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.rdd.Rdd;
import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.runtime.HostLibrary;
import dev.streamlab.lang.runtime.HostObject;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.NativeFunction;
import dev.streamlab.lang.runtime.PerRun;
import dev.streamlab.lang.runtime.RunContext;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PySpark as Python programs see it: {@code pyspark.SparkContext}, {@code SparkConf},
 * {@code pyspark.streaming.StreamingContext} (durations in seconds), storage levels (ignored), {@code findspark},
 * and what the lab cannot provide. DStream and RDD methods are in {@link PythonStreamMethods} and
 * {@link PythonRddMethods}.
 */
public final class PythonSparkLibrary implements HostLibrary {

    private static final AtomicLong IDS = new AtomicLong();

    @Override
    public void install(HostRegistry registry) {
        if (registry.language() != Language.PYTHON) {
            return;
        }
        installConf(registry);
        installSparkContext(registry);
        installStreamingContext(registry);
        installIgnored(registry);
        registry.unavailable("pyspark.streaming.kafka", "spark.unavailable.kafka");
        registry.unavailable("kafka", "spark.unavailable.kafka");
        registry.unavailable("pyspark.streaming.flume", "spark.unavailable.flume");
        registry.unavailable("pyspark.streaming.kinesis", "spark.unavailable.external");
        registry.unavailable("pyspark.sql", "spark.unavailable.sql");
        registry.unavailable("redis", "spark.unavailable.external");
        registry.unavailable("pymongo", "spark.unavailable.external");
        new PythonStreamMethods().install(registry);
        new PythonRddMethods().install(registry);
        RddLabels.install(registry, dev.streamlab.lang.ast.Language.PYTHON);
    }

    private static Driver driver(RunContext context) {
        return context.service(Driver.class);
    }

    private void installConf(HostRegistry registry) {
        PerRun conf = context -> new HostObject("SparkConf").apply(PyParams.of("SparkConf",
                "loadDefaults", true).function(context, (c, r, a) -> new SparkConfValue()));
        registry.importable("pyspark.SparkConf", conf);
        registry.importable("pyspark.conf.SparkConf", conf);
        Class<SparkConfValue> type = SparkConfValue.class;
        Guard.method(registry, type, "setAppName", 1, (c, r, a) -> ((SparkConfValue) r).setAppName(
                Values.string(a[0], "setAppName")));
        Guard.method(registry, type, "setMaster", 1, (c, r, a) -> ((SparkConfValue) r).setMaster(
                Values.string(a[0], "setMaster")));
        Guard.method(registry, type, "set", 2, (c, r, a) -> ((SparkConfValue) r).set(Values.string(a[0], "set"),
                c.semantics().str(a[1])));
        Guard.method(registry, type, "setIfMissing", 2, (c, r, a) -> ((SparkConfValue) r).setIfMissing(
                Values.string(a[0], "setIfMissing"), c.semantics().str(a[1])));
        Guard.method(registry, type, "setAll", 1, (c, r, a) -> {
            for (Object pair : Values.list(c, a[0])) {
                List<Object> kv = Values.list(c, pair);
                ((SparkConfValue) r).set(c.semantics().str(kv.get(0)), c.semantics().str(kv.get(1)));
            }
            return r;
        });
        Guard.method(registry, type, "get", HostRegistry.ANY_ARITY, PyParams.of("get", "key", PyParams.REQUIRED,
                "defaultValue", null).method((c, r, a) -> {
                    String v = ((SparkConfValue) r).get(Values.string(a[0], "get"));
                    return v == null ? a[1] : v;
                }));
        Guard.method(registry, type, "contains", 1, (c, r, a) -> ((SparkConfValue) r).contains(
                Values.string(a[0], "contains")));
    }

    private void installSparkContext(HostRegistry registry) {
        PyParams signature = PyParams.of("SparkContext", "master", null, "appName", null, "sparkHome", null,
                "pyFiles", null, "environment", null, "batchSize", 0, "serializer", null, "conf", null);
        PerRun sparkContext = context -> new HostObject("SparkContext")
                .apply(signature.function(context, (c, r, a) -> {
                    SparkConfValue conf = a[7] instanceof SparkConfValue given ? given : new SparkConfValue();
                    if (a[0] != null) {
                        conf.setMaster(Values.string(a[0], "SparkContext"));
                    }
                    if (a[1] != null) {
                        conf.setAppName(Values.string(a[1], "SparkContext"));
                    }
                    return driver(c).sparkContext(conf);
                }))
                .define("getOrCreate", PyParams.of("getOrCreate", "conf", null).function(context,
                        (c, r, a) -> driver(c).sparkContext((SparkConfValue) a[0])));
        registry.importable("pyspark.SparkContext", sparkContext);
        registry.importable("pyspark.context.SparkContext", sparkContext);
        // Lessons written in the pyspark shell use its ready-made `sc` (a program that assigns `sc` has its own).
        registry.global("sc", (PerRun) context -> driver(context).sparkContextOrDefault());
        Class<SparkContextValue> type = SparkContextValue.class;
        Guard.method(registry, type, "setLogLevel", 1, (c, r, a) -> null);
        Guard.method(registry, type, "parallelize", HostRegistry.ANY_ARITY, PyParams.of("parallelize", "c",
                PyParams.REQUIRED, "numSlices", null).method((c, r, a) -> ((SparkContextValue) r).parallelizePython(
                        Values.list(c, a[0]), a[1] == null ? null : Values.integer(a[1], "parallelize"))));
        Guard.method(registry, type, "emptyRDD", 0, (c, r, a) -> ((SparkContextValue) r).emptyRdd());
        Guard.method(registry, type, "union", 1, (c, r, a) -> {
            List<Rdd<Object>> rdds = new ArrayList<>();
            for (Object x : Values.list(c, a[0])) {
                rdds.add(ScalaRddMethods.rdd(x));
            }
            return Rdd.union(((SparkContextValue) r).rddContext(), rdds);
        });
        Guard.method(registry, type, "broadcast", 1, (c, r, a) -> new Broadcast(IDS.incrementAndGet(), a[0]));
        Guard.method(registry, Broadcast.class, "unpersist", HostRegistry.ANY_ARITY, (c, r, a) -> null);
        Guard.method(registry, type, "accumulator", HostRegistry.ANY_ARITY, PyParams.of("accumulator", "value",
                PyParams.REQUIRED, "accum_param", null).method((c, r, a) ->
                        new Accumulator(IDS.incrementAndGet(), null, a[0])));
        Guard.method(registry, Accumulator.class, "add", 1, (c, r, a) -> {
            ((Accumulator) r).add(a[0], (x, y) -> c.semantics().binary(dev.streamlab.lang.ast.BinaryOp.ADD)
                    .apply(x, y));
            return null;
        });
        Guard.method(registry, type, "stop", 0, (c, r, a) -> {
            ((SparkContextValue) r).stop();
            return null;
        });
        Guard.method(registry, type, "getConf", 0, (c, r, a) -> ((SparkContextValue) r).conf());
        Guard.method(registry, type, "setCheckpointDir", 1, (c, r, a) -> null);
        Guard.method(registry, type, "textFile", HostRegistry.ANY_ARITY, (c, r, a) -> {
            throw new SparkApiException("spark.unavailable.textFile", null);
        });
    }

    private void installStreamingContext(HostRegistry registry) {
        PyParams signature = PyParams.of("StreamingContext", "sparkContext", PyParams.REQUIRED, "batchDuration",
                null, "jssc", null);
        PerRun streamingContext = context -> new HostObject("StreamingContext")
                .apply(signature.function(context, (c, r, a) -> newStreamingContext(c, a[0], a[1])))
                .define("getOrCreate", PyParams.of("getOrCreate", "checkpointPath", PyParams.REQUIRED, "setupFunc",
                        PyParams.REQUIRED).function(context, (c, r, a) -> getOrCreate(c, a[0], a[1])))
                .define("getActive", new NativeFunction("getActive", 0, args -> active(context)))
                .define("getActiveOrCreate", PyParams.of("getActiveOrCreate", "checkpointPath", PyParams.REQUIRED,
                        "setupFunc", PyParams.REQUIRED).function(context, (c, r, a) -> {
                            Object active = active(c);
                            return active != null ? active : getOrCreate(c, a[0], a[1]);
                        }));
        registry.importable("pyspark.streaming.StreamingContext", streamingContext);
        registry.importable("pyspark.streaming.context.StreamingContext", streamingContext);
        registry.importable("pyspark.streaming.DStream", new HostObject("DStream"));
        registry.importable("pyspark.rdd.RDD", new HostObject("RDD"));
        registry.importable("pyspark.RDD", new HostObject("RDD"));
        PythonContextMethods.install(registry);
    }

    private static Object newStreamingContext(RunContext c, Object sc, Object batch) {
        if (!(sc instanceof SparkContextValue spark)) {
            throw new SparkApiException("spark.streamingContext.args", null);
        }
        Duration interval = Values.seconds(batch, "StreamingContext");
        StreamingContext engine = driver(c).newStreamingContext(spark, interval);
        return new PyStreamingContext(engine, spark);
    }

    private static Object active(RunContext c) {
        StreamingContext ssc = driver(c).streamingContext();
        return ssc != null && ssc.state() == StreamingContext.State.ACTIVE
                ? new PyStreamingContext(ssc, driver(c).sparkContextOrDefault()) : null;
    }

    /**
     * The context recovered from the latest checkpoint in {@code path}, if the run has one (setupFunc is not called),
     * on the active SparkContext or one made from the checkpointed settings. Unlike Scala's, PySpark's getOrCreate
     * sets the checkpoint directory of the context it creates.
     */
    private static Object getOrCreate(RunContext c, Object path, Object setup) {
        String directory = Values.string(path, "getOrCreate");
        Optional<StreamingContext> recovered;
        try {
            recovered = driver(c).recover(directory);
        } catch (EngineException e) {
            throw SparkApiException.of(e);
        }
        if (recovered.isPresent()) {
            return new PyStreamingContext(recovered.get(), driver(c).sparkContextOrDefault());
        }
        LangFunction create = Values.function(setup, "getOrCreate");
        Object created = create.call(new Object[0]);
        if (created instanceof PyStreamingContext ssc) {
            ssc.engine().checkpoint(SessionFolder.relative(directory));
        }
        return created;
    }

    private void installIgnored(HostRegistry registry) {
        HostObject levels = new HostObject("StorageLevel");
        for (String level : List.of("NONE", "DISK_ONLY", "DISK_ONLY_2", "MEMORY_ONLY", "MEMORY_ONLY_2",
                "MEMORY_AND_DISK", "MEMORY_AND_DISK_2", "MEMORY_AND_DISK_DESER", "OFF_HEAP")) {
            levels.define(level, new HostObject("StorageLevel." + level).printedAs("StorageLevel." + level));
        }
        registry.importable("pyspark.StorageLevel", levels);
        registry.importable("pyspark.storagelevel.StorageLevel", levels);
        HostObject findspark = new HostObject("findspark")
                .define("init", new NativeFunction("init", HostRegistry.ANY_ARITY, args -> null))
                .define("find", new NativeFunction("find", 0, args -> "/opt/spark"));
        registry.importable("findspark", findspark);
    }

    /** Durations as PySpark converts them, for windows and checkpoints. */
    static Duration seconds(Object value, String method) {
        return Values.seconds(value, method);
    }

    static Queue<Rdd<Object>> queueOf(RunContext c, SparkContextValue sc, Object rdds) {
        Queue<Rdd<Object>> queue = new ArrayDeque<>();
        for (Object item : Values.list(c, rdds)) {
            if (item instanceof Rdd<?> rdd) {
                queue.add(ScalaRddMethods.rdd(rdd));
            } else {
                queue.add(sc.parallelizePython(Values.list(c, item), null));
            }
        }
        return queue;
    }

}
