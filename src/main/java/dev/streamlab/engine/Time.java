package dev.streamlab.engine;

/** A point in stream time, in whole milliseconds since the epoch; prints as Spark's {@code "1000 ms"}. */
public record Time(long milliseconds) implements Comparable<Time> {

    public Time plus(Duration d) {
        return new Time(milliseconds + d.milliseconds());
    }

    public Time minus(Duration d) {
        return new Time(milliseconds - d.milliseconds());
    }

    public Duration minus(Time other) {
        return new Duration(milliseconds - other.milliseconds);
    }

    public boolean isAfter(Time other) {
        return milliseconds > other.milliseconds;
    }

    public boolean isBefore(Time other) {
        return milliseconds < other.milliseconds;
    }

    /** The latest time at or before this one that lies {@code zero + k·d} for a whole k. */
    public Time floor(Duration d, Time zero) {
        long offset = milliseconds - zero.milliseconds;
        return new Time(zero.milliseconds + Math.floorDiv(offset, d.milliseconds()) * d.milliseconds());
    }

    @Override
    public int compareTo(Time other) {
        return Long.compare(milliseconds, other.milliseconds);
    }

    @Override
    public String toString() {
        return milliseconds + " ms";
    }
}
