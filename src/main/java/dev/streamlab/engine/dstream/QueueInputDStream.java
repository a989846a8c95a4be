package dev.streamlab.engine.dstream;

import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.rdd.Rdd;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

/**
 * {@code queueStream}: each batch takes the next RDD of the queue (or all of them, their partitions one after the
 * other), read at batch time so that RDDs added after start are seen; an exhausted queue yields the default RDD, or an
 * RDD without partitions when there is none.
 */
public final class QueueInputDStream<T> extends InputDStream<T> {

    private final Queue<Rdd<T>> queue;
    private final boolean oneAtATime;
    private final Rdd<T> defaultRdd;

    public QueueInputDStream(StreamingContext ssc, Queue<Rdd<T>> queue, boolean oneAtATime, Rdd<T> defaultRdd) {
        super(ssc);
        this.queue = queue;
        this.oneAtATime = oneAtATime;
        this.defaultRdd = defaultRdd;
    }

    @Override
    public String description() {
        return "queue";
    }

    /** Spark cannot read a queue stream back from a checkpoint: recovering a graph that has one fails. */
    @Override
    protected void restoreInputMetadata(Object metadata) {
        throw new EngineException("java.io.NotSerializableException", "queueStream doesn't support checkpointing."
                + " Please don't use queueStream when checkpointing is enabled.",
                "a queue's RDDs cannot come back from a checkpoint: read a socket or a folder instead, or do not"
                        + " recover this program with getOrCreate");
    }

    @Override
    protected Rdd<T> compute(Time validTime) {
        List<Rdd<T>> taken = new ArrayList<>();
        synchronized (queue) {
            if (oneAtATime && !queue.isEmpty()) {
                taken.add(queue.poll());
            } else {
                while (!queue.isEmpty()) {
                    taken.add(queue.poll());
                }
            }
        }
        if (taken.isEmpty()) {
            return defaultRdd != null ? defaultRdd : Rdd.empty(ssc.rddContext());
        }
        return oneAtATime ? taken.get(0) : Rdd.concat(ssc.rddContext(), taken);
    }
}
