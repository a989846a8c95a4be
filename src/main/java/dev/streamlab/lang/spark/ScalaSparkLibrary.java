package dev.streamlab.lang.spark;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.dstream.MappedState;
import dev.streamlab.engine.dstream.StateSpec;
import dev.streamlab.engine.rdd.HashPartitioner;
import dev.streamlab.engine.rdd.Rdd;
import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.runtime.ContextConstructor;
import dev.streamlab.lang.runtime.HostLibrary;
import dev.streamlab.lang.runtime.HostObject;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.NativeFunction;
import dev.streamlab.lang.runtime.PerRun;
import dev.streamlab.lang.runtime.RunContext;
import dev.streamlab.lang.scala.ScalaUnit;

import java.util.List;
import java.util.Optional;

/**
 * The Spark Streaming API as Scala programs see it: {@code org.apache.spark…} imports, {@code SparkConf},
 * {@code SparkContext}, {@code StreamingContext}, durations, {@code StateSpec}/{@code State}, storage levels and log
 * levels (accepted, meaningless here), and what the lab cannot provide (Kafka, Flume, SQL …) with the reason.
 * Methods on streams and RDDs are in {@link ScalaStreamMethods} and {@link ScalaRddMethods}.
 */
public final class ScalaSparkLibrary implements HostLibrary {

    private static final String STREAMING = "org.apache.spark.streaming.";

    @Override
    public void install(HostRegistry registry) {
        if (registry.language() != Language.SCALA) {
            return;
        }
        installContexts(registry);
        installDurations(registry);
        installStateApi(registry);
        installIgnored(registry);
        installUnavailable(registry);
        installDriverThread(registry);
        new ScalaStreamMethods().install(registry);
        new ScalaRddMethods().install(registry);
        RddLabels.install(registry, dev.streamlab.lang.ast.Language.SCALA);
        lessonNamesWithoutImports(registry);
    }

    /**
     * Lessons show programs without their import lines (seed 000's Workshop9 starts at {@code object}), so the Spark
     * names a lesson uses resolve without an import too; an explicit import works as in Scala.
     */
    private static void lessonNamesWithoutImports(HostRegistry registry) {
        for (String name : List.of("org.apache.spark.SparkConf", "org.apache.spark.SparkContext",
                "org.apache.spark.HashPartitioner", "org.apache.spark.storage.StorageLevel",
                STREAMING + "StreamingContext", STREAMING + "Seconds", STREAMING + "Milliseconds",
                STREAMING + "Minutes", STREAMING + "Durations", STREAMING + "Duration", STREAMING + "Time",
                STREAMING + "StateSpec", STREAMING + "State")) {
            String simple = name.substring(name.lastIndexOf('.') + 1);
            if (!registry.hasGlobal(simple)) {
                registry.global(simple, registry.importableValue(name));
            }
        }
    }

    private static Driver driver(RunContext context) {
        return context.service(Driver.class);
    }

    private void installContexts(HostRegistry registry) {
        HostObject conf = new HostObject("SparkConf").constructor((types, args) -> new SparkConfValue());
        registry.importable("org.apache.spark.SparkConf", conf);
        Guard.method(registry, SparkConfValue.class, "setAppName", 1,
                (c, r, a) -> ((SparkConfValue) r).setAppName(Values.string(a[0], "setAppName")));
        Guard.method(registry, SparkConfValue.class, "setMaster", 1,
                (c, r, a) -> ((SparkConfValue) r).setMaster(Values.string(a[0], "setMaster")));
        Guard.method(registry, SparkConfValue.class, "set", 2,
                (c, r, a) -> ((SparkConfValue) r).set(Values.string(a[0], "set"), String.valueOf(a[1])));
        Guard.method(registry, SparkConfValue.class, "setIfMissing", 2,
                (c, r, a) -> ((SparkConfValue) r).setIfMissing(Values.string(a[0], "set"), String.valueOf(a[1])));
        Guard.method(registry, SparkConfValue.class, "get", 1,
                (c, r, a) -> ((SparkConfValue) r).get(Values.string(a[0], "get")));
        Guard.method(registry, SparkConfValue.class, "contains", 1,
                (c, r, a) -> ((SparkConfValue) r).contains(Values.string(a[0], "contains")));

        registry.importable("org.apache.spark.SparkContext", new HostObject("SparkContext")
                .constructor((ContextConstructor) (context, types, args) -> newSparkContext(context, args))
                .define("getOrCreate", (PerRun) context -> new NativeFunction("getOrCreate", HostRegistry.ANY_ARITY,
                        args -> driver(context).sparkContext(args.length == 0 ? null : (SparkConfValue) args[0]))));
        registry.importable("org.apache.spark.SparkContext._", new HostObject("SparkContext._"));
        ScalaContextMethods.installSparkContext(registry);

        registry.importable(STREAMING + "StreamingContext", new HostObject("StreamingContext")
                .constructor((ContextConstructor) (context, types, args) -> newStreamingContext(context, args))
                .define("getOrCreate", (PerRun) context -> new NativeFunction("getOrCreate",
                        HostRegistry.ANY_ARITY, args -> getOrCreate(context, args)))
                .function("jarOfClass", 1, args -> Optional.empty())
                .define("getActive", (PerRun) context -> new NativeFunction("getActive", 0,
                        args -> Optional.ofNullable(active(context))))
                .define("getActiveOrCreate", (PerRun) context -> new NativeFunction("getActiveOrCreate",
                        HostRegistry.ANY_ARITY, args -> {
                            StreamingContext active = active(context);
                            return active != null ? active : getOrCreate(context, args);
                        })));
        registry.importable(STREAMING + "StreamingContext._", new HostObject("StreamingContext._"));
        ScalaContextMethods.installStreamingContext(registry);
    }

    /**
     * {@code Thread.sleep} lets the batches due in that time run (the driver's batches go on while its main thread
     * sleeps); Spark's examples call {@code StreamingExamples.setStreamingLogLevels()}, a helper of their package.
     */
    private static void installDriverThread(HostRegistry registry) {
        registry.global("Thread", (PerRun) context -> new HostObject("Thread").function("sleep", 1, args -> {
            driver(context).sleep(Values.longValue(args[0], "Thread.sleep"));
            return context.semantics().unit();
        }));
        HostObject examples = new HostObject("StreamingExamples")
                .function("setStreamingLogLevels", 0, args -> ScalaUnit.INSTANCE);
        registry.importable("org.apache.spark.examples.streaming.StreamingExamples", examples);
        registry.global("StreamingExamples", examples);
        // spark-shell and notebooks predefine sc, as PySpark's shell does
        registry.global("sc", (PerRun) context -> driver(context).sparkContextOrDefault());
    }

    private static StreamingContext active(RunContext context) {
        StreamingContext ssc = driver(context).streamingContext();
        return ssc != null && ssc.state() == StreamingContext.State.ACTIVE ? ssc : null;
    }

    /**
     * Spark's {@code getOrCreate}: the context recovered from the latest checkpoint in the directory, if the run has
     * one (the creating function is not called), else what the creating function makes; Scala's never sets the
     * checkpoint directory itself. {@code getOrCreate(dir, createContext)} with a parameterless def named bare
     * arrives as the context itself, the def already called, as the runtime calls such a def.
     */
    private static Object getOrCreate(RunContext context, Object[] args) {
        if (args.length < 2) {
            throw new SparkApiException("spark.getOrCreate.args", null);
        }
        Optional<StreamingContext> recovered = recover(context, Values.string(args[0], "getOrCreate"));
        if (recovered.isPresent()) {
            return recovered.get();
        }
        if (args[1] instanceof StreamingContext created) {
            return created;
        }
        return Values.function(args[1], "getOrCreate").call(new Object[0]);
    }

    private static Optional<StreamingContext> recover(RunContext context, String path) {
        try {
            return driver(context).recover(path);
        } catch (EngineException e) {
            throw SparkApiException.of(e);
        }
    }

    private static Object newSparkContext(RunContext context, Object[] args) {
        Driver d = driver(context);
        if (args.length == 1 && args[0] instanceof SparkConfValue conf) {
            return d.sparkContext(conf);
        }
        SparkConfValue conf = new SparkConfValue();
        if (args.length >= 1) {
            conf.setMaster(Values.string(args[0], "SparkContext"));
        }
        if (args.length >= 2) {
            conf.setAppName(Values.string(args[1], "SparkContext"));
        }
        return d.sparkContext(conf);
    }

    private static Object newStreamingContext(RunContext context, Object[] args) {
        Driver d = driver(context);
        if (args.length == 2 && args[0] instanceof SparkConfValue conf) {
            return d.newStreamingContext(d.sparkContext(conf), Values.duration(args[1], "StreamingContext"));
        }
        if (args.length == 2 && args[0] instanceof SparkContextValue sc) {
            return d.newStreamingContext(sc, Values.duration(args[1], "StreamingContext"));
        }
        if (args.length >= 3) {
            SparkConfValue conf = new SparkConfValue().setMaster(Values.string(args[0], "StreamingContext"))
                    .setAppName(Values.string(args[1], "StreamingContext"));
            return d.newStreamingContext(d.sparkContext(conf), Values.duration(args[2], "StreamingContext"));
        }
        if (args.length == 1 && args[0] instanceof String path) {
            return recover(context, path).orElseThrow(
                    () -> new SparkApiException("spark.recovery.noCheckpoint", null, path));
        }
        throw new SparkApiException("spark.streamingContext.args", null);
    }

    private void installDurations(HostRegistry registry) {
        duration(registry, "Seconds", 1000);
        duration(registry, "Milliseconds", 1);
        duration(registry, "Minutes", 60_000);
        registry.importable(STREAMING + "Duration", new HostObject("Duration").apply(new NativeFunction("Duration", 1,
                args -> new Duration(Values.longValue(args[0], "Duration")))));
        registry.importable(STREAMING + "Durations", new HostObject("Durations")
                .function("seconds", 1, args -> Duration.seconds(Values.longValue(args[0], "seconds")))
                .function("milliseconds", 1, args -> new Duration(Values.longValue(args[0], "milliseconds")))
                .function("minutes", 1, args -> Duration.minutes(Values.longValue(args[0], "minutes"))));
        registry.importable(STREAMING + "Time", new HostObject("Time").apply(new NativeFunction("Time", 1,
                args -> new Time(Values.longValue(args[0], "Time")))));
        Guard.method(registry, Duration.class, "milliseconds", 0, (c, r, a) -> ((Duration) r).milliseconds());
        Guard.method(registry, Duration.class, "toMillis", 0, (c, r, a) -> ((Duration) r).milliseconds());
        Guard.method(registry, Duration.class, "+", 1, (c, r, a) -> ((Duration) r).plus(Values.duration(a[0], "+")));
        Guard.method(registry, Duration.class, "-", 1, (c, r, a) -> ((Duration) r).minus(Values.duration(a[0], "-")));
        Guard.method(registry, Duration.class, "*", 1,
                (c, r, a) -> ((Duration) r).times(Values.integer(a[0], "*")));
        Guard.method(registry, Duration.class, "isMultipleOf", 1,
                (c, r, a) -> ((Duration) r).isMultipleOf(Values.duration(a[0], "isMultipleOf")));
        Guard.method(registry, Time.class, "milliseconds", 0, (c, r, a) -> ((Time) r).milliseconds());
        Guard.method(registry, Time.class, "+", 1, (c, r, a) -> ((Time) r).plus(Values.duration(a[0], "+")));
        Guard.method(registry, Time.class, "-", 1, (c, r, a) -> a[0] instanceof Time t ? ((Time) r).minus(t)
                : ((Time) r).minus(Values.duration(a[0], "-")));
        Guard.method(registry, Time.class, "<", 1, (c, r, a) -> ((Time) r).isBefore(Values.time(a[0], "<")));
        Guard.method(registry, Time.class, ">", 1, (c, r, a) -> ((Time) r).isAfter(Values.time(a[0], ">")));
    }

    private static void duration(HostRegistry registry, String name, long unit) {
        registry.importable(STREAMING + name, new HostObject(name).apply(new NativeFunction(name, 1,
                args -> new Duration(Values.longValue(args[0], name) * unit))));
    }

    private void installStateApi(HostRegistry registry) {
        registry.importable(STREAMING + "StateSpec", new HostObject("StateSpec")
                .function("function", 1, args -> StateSpec.function(ScalaFunctions.mapping(
                        Values.function(args[0], "StateSpec.function")))));
        Guard.method(registry, StateSpec.class, "timeout", 1,
                (c, r, a) -> ((StateSpec) r).timeout(Values.duration(a[0], "timeout")));
        Guard.method(registry, StateSpec.class, "numPartitions", 1,
                (c, r, a) -> ((StateSpec) r).numPartitions(Values.integer(a[0], "numPartitions")));
        Guard.method(registry, StateSpec.class, "partitioner", 1,
                (c, r, a) -> ((StateSpec) r).numPartitions(((HashPartitioner) a[0]).numPartitions()));
        Guard.method(registry, StateSpec.class, "initialState", 1,
                (c, r, a) -> ((StateSpec) r).initialState((Rdd<?>) a[0]));
        registry.importable(STREAMING + "State", new HostObject("State"));
        Guard.method(registry, MappedState.class, "exists", 0, (c, r, a) -> ((MappedState) r).exists());
        Guard.method(registry, MappedState.class, "get", 0, (c, r, a) -> ((MappedState) r).get());
        Guard.method(registry, MappedState.class, "getOption", 0, (c, r, a) -> ((MappedState) r).getOption());
        Guard.method(registry, MappedState.class, "update", 1, (c, r, a) -> {
            ((MappedState) r).update(a[0]);
            return c.semantics().unit();
        });
        Guard.method(registry, MappedState.class, "remove", 0, (c, r, a) -> {
            ((MappedState) r).remove();
            return c.semantics().unit();
        });
        Guard.method(registry, MappedState.class, "isTimingOut", 0, (c, r, a) -> ((MappedState) r).isTimingOut());
        registry.importable("org.apache.spark.HashPartitioner", new HostObject("HashPartitioner")
                .constructor((types, args) -> new HashPartitioner(Values.integer(args[0], "HashPartitioner"))));
        Guard.method(registry, HashPartitioner.class, "numPartitions", 0,
                (c, r, a) -> ((HashPartitioner) r).numPartitions());
    }

    /** Names with no meaning in a lab: accepted so that lesson code runs unchanged. */
    private void installIgnored(HostRegistry registry) {
        HostObject levels = new HostObject("StorageLevel");
        for (String level : List.of("NONE", "DISK_ONLY", "DISK_ONLY_2", "MEMORY_ONLY", "MEMORY_ONLY_2",
                "MEMORY_ONLY_SER", "MEMORY_ONLY_SER_2", "MEMORY_AND_DISK", "MEMORY_AND_DISK_2",
                "MEMORY_AND_DISK_SER", "MEMORY_AND_DISK_SER_2", "OFF_HEAP")) {
            levels.define(level, new HostObject("StorageLevel." + level).printedAs("StorageLevel(" + level + ")"));
        }
        registry.importable("org.apache.spark.storage.StorageLevel", levels);
        HostObject level = new HostObject("Level");
        for (String name : List.of("OFF", "FATAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "ALL")) {
            level.define(name, name);
        }
        HostObject logger = new HostObject("Logger");
        HostObject loggerInstance = new HostObject("Logger").function("setLevel", 1, args -> null);
        logger.function("getLogger", 1, args -> loggerInstance).function("getRootLogger", 0, args -> loggerInstance);
        registry.importable("org.apache.log4j.Level", level);
        registry.importable("org.apache.log4j.Logger", logger);
        registry.importable("org.apache.logging.log4j.Level", level);
        registry.importable("org.apache.logging.log4j.LogManager", logger);
        for (String type : List.of("dstream.DStream", "dstream.ReceiverInputDStream", "dstream.InputDStream",
                "dstream.PairDStreamFunctions", "dstream.MapWithStateDStream", "StreamingContextState")) {
            registry.importable(STREAMING + type, new HostObject(type.substring(type.lastIndexOf('.') + 1)));
        }
        registry.importable("org.apache.spark.rdd.RDD", new HostObject("RDD"));
        registry.importable("org.apache.spark.rdd.PairRDDFunctions", new HostObject("PairRDDFunctions"));
        registry.importable("org.apache.spark.Partitioner", new HostObject("Partitioner"));
        registry.importable("org.apache.spark.broadcast.Broadcast", new HostObject("Broadcast"));
        registry.importable("org.apache.spark.util.LongAccumulator", new HostObject("LongAccumulator"));
        registry.importable("org.apache.spark.internal.Logging", new HostObject("Logging"));
    }

    private void installUnavailable(HostRegistry registry) {
        lessonClassesWithoutImports(registry);
        registry.unavailable(STREAMING + "kafka", "spark.unavailable.kafka");
        registry.unavailable(STREAMING + "kafka010", "spark.unavailable.kafka");
        registry.unavailable("org.apache.kafka", "spark.unavailable.kafka");
        registry.unavailable(STREAMING + "flume", "spark.unavailable.flume");
        registry.unavailable(STREAMING + "kinesis", "spark.unavailable.external");
        registry.unavailable(STREAMING + "twitter", "spark.unavailable.external");
        registry.unavailable(STREAMING + "receiver", "spark.unavailable.receiver");
        registry.unavailable("org.apache.spark.sql", "spark.unavailable.sql");
        registry.unavailable("java.sql", "spark.unavailable.jdbc");
        registry.unavailable("redis", "spark.unavailable.external");
        registry.unavailable("org.apache.hadoop", "spark.unavailable.hadoop");
    }

    /**
     * Lessons use Hadoop, JDBC and Redis classes without showing their imports; using one says why the lab has none
     * rather than "not found".
     */
    private static void lessonClassesWithoutImports(HostRegistry registry) {
        unavailableClass(registry, "Configuration", "org.apache.hadoop.conf.Configuration", "spark.unavailable.hadoop");
        unavailableClass(registry, "JobConf", "org.apache.hadoop.mapred.JobConf", "spark.unavailable.hadoop");
        unavailableClass(registry, "JedisPool", "redis.clients.jedis.JedisPool", "spark.unavailable.external");
        unavailableClass(registry, "Jedis", "redis.clients.jedis.Jedis", "spark.unavailable.external");
        HostObject drivers = new HostObject("DriverManager").function("getConnection", HostRegistry.ANY_ARITY,
                args -> {
                    throw new SparkApiException("spark.unavailable.jdbc", null, "java.sql.DriverManager");
                });
        if (!registry.hasGlobal("DriverManager")) {
            registry.global("DriverManager", drivers);
        }
    }

    private static void unavailableClass(HostRegistry registry, String simple, String qualified, String key) {
        if (!registry.hasGlobal(simple)) {
            registry.global(simple, new HostObject(simple).constructor((types, args) -> {
                throw new SparkApiException(key, null, qualified);
            }));
        }
    }

    static LangFunction requireFunction(Object value, String method) {
        return Values.function(value, method);
    }
}
