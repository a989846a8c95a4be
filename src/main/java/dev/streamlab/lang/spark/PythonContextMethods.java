package dev.streamlab.lang.spark;

import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.rdd.Rdd;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.RunContext;

import java.util.ArrayList;
import java.util.List;

/** PySpark's StreamingContext methods, on {@link PyStreamingContext}. */
final class PythonContextMethods {

    private PythonContextMethods() {
    }

    private static StreamingContext engine(Object receiver) {
        return ((PyStreamingContext) receiver).engine();
    }

    private static Driver driver(RunContext c) {
        return c.service(Driver.class);
    }

    static void install(HostRegistry registry) {
        Class<PyStreamingContext> type = PyStreamingContext.class;
        Guard.method(registry, type, "socketTextStream", HostRegistry.ANY_ARITY, PyParams.of("socketTextStream", "hostname",
                PyParams.REQUIRED, "port", PyParams.REQUIRED, "storageLevel", null).method((c, r, a) ->
                        engine(r).socketTextStream(Values.string(a[0], "socketTextStream"),
                                Values.integer(a[1], "socketTextStream"))));
        Guard.method(registry, type, "textFileStream", 1, (c, r, a) -> {
            String directory = Values.string(a[0], "textFileStream");
            return engine(r).textFileStream(SessionFolder.watched(driver(c).sessionFolder(), directory), directory);
        });
        Guard.method(registry, type, "queueStream", HostRegistry.ANY_ARITY, PyParams.of("queueStream", "rdds",
                PyParams.REQUIRED, "oneAtATime", true, "default", null).method((c, r, a) -> {
                    SparkContextValue sc = ((PyStreamingContext) r).sparkContext();
                    boolean oneAtATime = c.semantics().isTruthy(a[1]);
                    var queue = PythonSparkLibrary.queueOf(c, sc, a[0]);
                    if (a[2] == null) {
                        return engine(r).queueStream(queue, oneAtATime);
                    }
                    Rdd<Object> fallback = a[2] instanceof Rdd<?> rdd ? ScalaRddMethods.rdd(rdd)
                            : sc.parallelizePython(Values.list(c, a[2]), null);
                    return engine(r).queueStream(queue, oneAtATime, fallback);
                }));
        Guard.method(registry, type, "checkpoint", 1, (c, r, a) -> {
            engine(r).checkpoint(SessionFolder.relative(Values.string(a[0], "checkpoint")));
            return null;
        });
        Guard.method(registry, type, "remember", 1, (c, r, a) -> {
            engine(r).remember(Values.seconds(a[0], "remember"));
            return null;
        });
        Guard.method(registry, type, "start", 0, (c, r, a) -> {
            engine(r).start();
            driver(c).warnIfStarved();
            return null;
        });
        Guard.method(registry, type, "awaitTermination", HostRegistry.ANY_ARITY, PyParams.of("awaitTermination",
                "timeout", null).method((c, r, a) -> {
                    if (a[0] == null) {
                        driver(c).awaitTermination();
                    } else {
                        driver(c).awaitTermination(Values.seconds(a[0], "awaitTermination").milliseconds());
                    }
                    return null;
                }));
        Guard.method(registry, type, "awaitTerminationOrTimeout", 1, (c, r, a) ->
                driver(c).awaitTermination(Values.seconds(a[0], "awaitTerminationOrTimeout").milliseconds()));
        Guard.method(registry, type, "stop", HostRegistry.ANY_ARITY, PyParams.of("stop", "stopSparkContext", true,
                "stopGraceFully", false).method((c, r, a) -> {
                    engine(r).stop();
                    if (c.semantics().isTruthy(a[0])) {
                        ((PyStreamingContext) r).sparkContext().stop();
                    }
                    return null;
                }));
        Guard.method(registry, type, "union", HostRegistry.ANY_ARITY, (c, r, a) -> {
            if (a.length == 0) {
                throw dev.streamlab.lang.python.PyErrors.valueError("should have at least one DStream to union");
            }
            List<DStream<Object>> streams = new ArrayList<>();
            for (Object x : a) {
                streams.add(Values.stream(x, "union"));
            }
            for (DStream<Object> s : streams) {
                if (!s.slideDuration().equals(streams.get(0).slideDuration())) {
                    throw dev.streamlab.lang.python.PyErrors.valueError("All DStreams should have same slide duration");
                }
            }
            return engine(r).union(streams);
        });
        Guard.method(registry, type, "transform", 2, (c, r, a) -> {
            List<DStream<?>> streams = new ArrayList<>();
            for (Object x : Values.list(c, a[0])) {
                streams.add(Values.stream(x, "transform"));
            }
            LangFunction f = Values.function(a[1], "transform");
            PyFunctions py = PyFunctions.of(c);
            return new dev.streamlab.engine.dstream.TransformedDStream<>(streams,
                    (rdds, time) -> PythonStreamMethods.asRdd(py.onDriver(() -> f.call1(py.list(rdds)))), false);
        });
        Guard.method(registry, type, "getState", 0, (c, r, a) -> engine(r).state().name());
    }
}
