package dev.streamlab.engine.dstream;

import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.rdd.Rdd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * {@code socketTextStream(host, port)}: the lines offered while a batch interval runs make that batch — one
 * partition, as one receiver block; a batch with no lines has no partitions at all, as a receiver's does. A batch
 * before the context's start (one a recovered context generates again) is empty: without a write-ahead log the
 * data a receiver had received before the driver died is lost.
 */
public final class SocketInputDStream extends InputDStream<String> {

    private final String host;
    private final int port;
    private List<String> pending = new ArrayList<>();
    private final Map<Time, List<String>> allocated = new HashMap<>();

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

    /** A line typed into this source (as into {@code nc -lk PORT}): it joins the batch now being received. */
    public synchronized void offer(String line) {
        pending.add(line);
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
        allocated.put(time, pending);
        ssc.trace().input(this, pending.size());
        pending = new ArrayList<>();
    }

    private synchronized List<String> take(Time time) {
        List<String> batch = allocated.remove(time);
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
        pending = new ArrayList<>();
        allocated.clear();
    }

    @Override
    protected Rdd<String> compute(Time validTime) {
        List<String> records = validTime.isBefore(ssc.startTime()) ? List.of() : take(validTime);
        return records.isEmpty()
                ? Rdd.fromPartitions(ssc.rddContext(), List.of())
                : Rdd.fromPartitions(ssc.rddContext(), List.of(records));
    }
}
