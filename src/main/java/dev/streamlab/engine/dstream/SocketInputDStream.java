package dev.streamlab.engine.dstream;

import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.rdd.Rdd;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code socketTextStream(host, port)}: the lines offered while a batch interval runs make that batch — one
 * partition, as one receiver block; a batch with no lines has no partitions at all, as a receiver's does.
 */
public final class SocketInputDStream extends InputDStream<String> {

    private final String host;
    private final int port;
    private List<String> pending = new ArrayList<>();

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

    private synchronized List<String> drain() {
        List<String> batch = pending;
        pending = new ArrayList<>();
        return batch;
    }

    @Override
    protected Rdd<String> compute(Time validTime) {
        List<String> records = drain();
        ssc.trace().input(this, records.size());
        return records.isEmpty()
                ? Rdd.fromPartitions(ssc.rddContext(), List.of())
                : Rdd.fromPartitions(ssc.rddContext(), List.of(records));
    }
}
