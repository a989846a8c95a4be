package dev.streamlab.engine;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checkpoint directories of one run folder (a lab session, a {@code streamlab run}), in memory: the latest
 * checkpoint written into each, which outlives the driver that wrote it, so that the program started again can
 * recover from it. Thread-safe: a live context writes after each batch on the scheduler's thread.
 */
public final class CheckpointStore {

    private final Map<String, Checkpoint> latest = new ConcurrentHashMap<>();

    /** The latest checkpoint written into {@code directory}, if any. */
    public Optional<Checkpoint> read(String directory) {
        return Optional.ofNullable(latest.get(directory));
    }

    void write(Checkpoint checkpoint) {
        latest.put(checkpoint.directory(), checkpoint);
    }

    /** Forgets every checkpoint (the session's folder was emptied). */
    public void clear() {
        latest.clear();
    }
}
