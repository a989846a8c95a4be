package dev.streamlab.lang.spark;

/** {@code sc.broadcast(v)}: read with {@code .value}; like Spark's, not restored from a checkpoint. */
public record Broadcast(long id, Object value) {

    @Override
    public String toString() {
        return "Broadcast(" + id + ")";
    }
}
