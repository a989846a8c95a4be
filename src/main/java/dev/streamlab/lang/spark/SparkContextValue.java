package dev.streamlab.lang.spark;

import dev.streamlab.engine.rdd.Rdd;
import dev.streamlab.engine.rdd.RddContext;
import dev.streamlab.lang.runtime.MemberHolder;
import dev.streamlab.lang.runtime.RunContext;

import java.util.ArrayList;
import java.util.List;

/** {@code SparkContext}: parallelized collections, broadcast variables, accumulators, log level (ignored). */
public final class SparkContextValue implements MemberHolder, dev.streamlab.lang.python.PyPrintable {

    private final Driver driver;
    private final SparkConfValue conf;
    private final RddContext rddContext;
    private boolean stopped;

    SparkContextValue(Driver driver, SparkConfValue conf, RddContext rddContext) {
        this.driver = driver;
        this.conf = conf;
        this.rddContext = rddContext;
    }

    public RddContext rddContext() {
        return rddContext;
    }

    public SparkConfValue conf() {
        return conf;
    }

    Driver driver() {
        return driver;
    }

    public int defaultParallelism() {
        return rddContext.defaultParallelism();
    }

    public boolean isStopped() {
        return stopped;
    }

    public void stop() {
        stopped = true;
    }

    public <T> Rdd<T> parallelize(List<T> items, Integer numSlices) {
        return Rdd.parallelize(rddContext, items, numSlices == null ? defaultParallelism() : numSlices);
    }

    /**
     * PySpark's {@code parallelize}: items are pickled in batches of {@code max(1, min(n / slices, 1024))} and the
     * batches, not the items, are sliced into partitions.
     */
    public <T> Rdd<T> parallelizePython(List<T> items, Integer numSlices) {
        int slices = numSlices == null ? defaultParallelism() : numSlices;
        int batchSize = Math.max(1, Math.min(items.size() / slices, 1024));
        List<List<T>> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += batchSize) {
            batches.add(items.subList(i, Math.min(items.size(), i + batchSize)));
        }
        List<List<T>> partitions = new ArrayList<>();
        long n = batches.size();
        for (int s = 0; s < slices; s++) {
            List<T> part = new ArrayList<>();
            for (int b = (int) (s * n / slices); b < (int) ((s + 1) * n / slices); b++) {
                part.addAll(batches.get(b));
            }
            partitions.add(part);
        }
        return Rdd.fromPartitions(rddContext, partitions);
    }

    public <T> Rdd<T> emptyRdd() {
        return Rdd.fromPartitions(rddContext, List.of());
    }

    /** Python reads these as properties; Scala's parameterless calls find them here too. */
    @Override
    public Object member(String name, RunContext context) {
        return switch (name) {
            case "defaultParallelism" -> defaultParallelism();
            case "appName" -> conf.appName();
            case "master" -> conf.master();
            case "version" -> "4.1.0";
            default -> null;
        };
    }

    @Override
    public Iterable<String> memberNames() {
        return List.of("defaultParallelism", "appName", "master", "version");
    }

    /** PySpark's {@code SparkContext.__repr__}. */
    @Override
    public String pyRepr() {
        return "<SparkContext master=" + conf.master() + " appName=" + conf.appName() + ">";
    }

    @Override
    public String toString() {
        return "org.apache.spark.SparkContext@" + Integer.toHexString(System.identityHashCode(this));
    }
}
