package dev.streamlab.lang.spark;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code SparkConf}: settings, of which the lab reads only the master (for the default parallelism). */
public final class SparkConfValue {

    private final Map<String, String> settings = new LinkedHashMap<>();

    public SparkConfValue set(String key, String value) {
        settings.put(key, value);
        return this;
    }

    public SparkConfValue setIfMissing(String key, String value) {
        settings.putIfAbsent(key, value);
        return this;
    }

    public SparkConfValue setAppName(String name) {
        return set("spark.app.name", name);
    }

    public SparkConfValue setMaster(String master) {
        return set("spark.master", master);
    }

    public String get(String key) {
        return settings.get(key);
    }

    public boolean contains(String key) {
        return settings.containsKey(key);
    }

    /** Every setting, in the order they were made. */
    public Map<String, String> settings() {
        return new LinkedHashMap<>(settings);
    }

    public String master() {
        return settings.get("spark.master");
    }

    public String appName() {
        return settings.get("spark.app.name");
    }

    /** {@code spark.default.parallelism} if set, else the master's cores. */
    int defaultParallelism(Master master) {
        String explicit = settings.get("spark.default.parallelism");
        if (explicit != null) {
            try {
                return Math.max(1, Integer.parseInt(explicit.trim()));
            } catch (NumberFormatException ignored) {
                return master.cores();
            }
        }
        return master.cores();
    }

    @Override
    public String toString() {
        return "org.apache.spark.SparkConf@" + Integer.toHexString(System.identityHashCode(this));
    }
}
