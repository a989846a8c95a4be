package dev.streamlab.engine;

import dev.streamlab.engine.dstream.CheckpointData;
import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.dstream.ForEachDStream;
import dev.streamlab.engine.dstream.InputDStream;
import dev.streamlab.engine.rdd.RddContext;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A context as its checkpoint directory holds it after a batch (Spark's {@code Checkpoint}): the graph of streams
 * with their functions, the batch interval, zero time, the checkpoint's time, the settings its SparkContext was made
 * with, and each stream's {@link CheckpointData}. Kept in memory (a {@link CheckpointStore}), so the functions are
 * the program's own, not serialized copies.
 */
public final class Checkpoint {

    private final String directory;
    private final Time checkpointTime;
    private final Time zeroTime;
    private final Duration batchDuration;
    private final Duration rememberDuration;
    private final RddContext rddContext;
    private final Map<String, String> sparkConf;
    private final List<DStream<?>> streams;
    private final List<InputDStream<?>> inputs;
    private final List<ForEachDStream<?>> outputs;
    private final Map<DStream<?>, CheckpointData> data;

    private Checkpoint(StreamingContext ssc, Time time) {
        this.directory = ssc.checkpointDirectory();
        this.checkpointTime = time;
        this.zeroTime = ssc.zeroTime();
        this.batchDuration = ssc.batchDuration();
        this.rememberDuration = ssc.rememberDuration();
        this.rddContext = ssc.rddContext();
        this.sparkConf = ssc.sparkConf();
        this.streams = ssc.streams();
        this.inputs = ssc.inputs();
        this.outputs = ssc.outputs();
        this.data = new IdentityHashMap<>();
        for (DStream<?> s : streams) {
            data.put(s, s.checkpointData());
        }
    }

    /** What {@code ssc}'s checkpoint directory holds once the batch of {@code time} is done. */
    static Checkpoint of(StreamingContext ssc, Time time) {
        return new Checkpoint(ssc, time);
    }

    /** The directory as the program named it, relative to the run's folder. */
    public String directory() {
        return directory;
    }

    /** The batch after which it was written; a recovered context generates this batch again. */
    public Time checkpointTime() {
        return checkpointTime;
    }

    public Time zeroTime() {
        return zeroTime;
    }

    public Duration batchDuration() {
        return batchDuration;
    }

    public RddContext rddContext() {
        return rddContext;
    }

    /** The SparkConf the context's SparkContext had, as key-value pairs; a recovered driver makes its own from it. */
    public Map<String, String> sparkConf() {
        return sparkConf;
    }

    Duration rememberDuration() {
        return rememberDuration;
    }

    List<DStream<?>> streams() {
        return streams;
    }

    List<InputDStream<?>> inputs() {
        return inputs;
    }

    List<ForEachDStream<?>> outputs() {
        return outputs;
    }

    CheckpointData data(DStream<?> stream) {
        return data.get(stream);
    }
}
