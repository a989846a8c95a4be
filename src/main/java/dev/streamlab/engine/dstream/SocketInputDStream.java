package dev.streamlab.engine.dstream;

import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.rdd.Rdd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * {@code socketTextStream(host, port)}: the lines offered while a batch interval runs make that batch. A receiver
 * cuts what it hears into blocks ({@code spark.streaming.blockInterval}, 200 ms) and each block becomes one partition
 * of the batch, in arrival order; a batch with no lines has no partitions at all, as a receiver's does. A batch
 * before the context's start (one a recovered context generates again) is empty: without a write-ahead log the
 * data a receiver had received before the driver died is lost.
 */
public final class SocketInputDStream extends InputDStream<String> {

    private final String host;
    private final int port;
    private LinkedHashMap<Long, List<String>> pending = new LinkedHashMap<>();
    private final Map<Time, List<List<String>>> allocated = new HashMap<>();

    public SocketInputDStream(StreamingContext ssc, String host, int port) {
        super(ssc);
        this.host = host;
        this.port = port;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    @Override
    public String description() {
        return host + ":" + port;
    }

    /** A line of a replayed batch: every line of a replayed batch is one block, as the stream-file format says. */
    public void offer(String line) {
        offer(line, 0);
    }

    /**
     * A line typed into this source (as into {@code nc -lk PORT}): it joins the batch now being received, in the
     * receiver block {@code block} (lines of one block interval share a number; numbers only grow).
     */
    public synchronized void offer(String line, long block) {
        pending.computeIfAbsent(block, b -> new ArrayList<>()).add(line);
    }

    @Override
    public synchronized void allocate(Time time) {
        if (time.isBefore(ssc.startTime())) {
            ssc.trace().input(this, 0);
            return;
        }
        if (rememberDuration() == null) {
            allocated.clear();
        }
        List<List<String>> blocks = new ArrayList<>(pending.values());
        allocated.put(time, blocks);
        ssc.trace().input(this, blocks.stream().mapToInt(List::size).sum());
        pending = new LinkedHashMap<>();
    }

    private synchronized List<List<String>> take(Time time) {
        List<List<String>> batch = allocated.remove(time);
        return batch == null ? List.of() : batch;
    }

    @Override
    public void clearMetadata(Time time) {
        super.clearMetadata(time);
        synchronized (this) {
            allocated.keySet().removeIf(t -> t.isBefore(time.minus(rememberDuration())));
        }
    }

    @Override
    protected synchronized void restoreInputMetadata(Object metadata) {
        pending = new LinkedHashMap<>();
        allocated.clear();
    }

    @Override
    protected Rdd<String> compute(Time validTime) {
        return Rdd.fromPartitions(ssc.rddContext(), validTime.isBefore(ssc.startTime()) ? List.of() : take(validTime));
    }
}
