package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Time;
import dev.streamlab.engine.rdd.Rdd;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What a checkpoint keeps of one stream (Spark's DStreamCheckpointData): the RDDs it had checkpointed and still
 * remembered, by batch time, and what an input stream needs to know which data it already read (a file stream's
 * files per batch); null when it needs nothing.
 */
public record CheckpointData(NavigableMap<Time, Rdd<?>> rdds, Object inputMetadata) {

    public CheckpointData {
        rdds = Collections.unmodifiableNavigableMap(new TreeMap<>(rdds));
    }
}
