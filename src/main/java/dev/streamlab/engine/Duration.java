package dev.streamlab.engine;

/** A length of stream time in whole milliseconds; prints as Spark's {@code "1000 ms"}. */
public record Duration(long milliseconds) implements Comparable<Duration> {

    public static Duration milliseconds(long ms) {
        return new Duration(ms);
    }

    public static Duration seconds(long s) {
        return new Duration(s * 1000);
    }

    public static Duration minutes(long m) {
        return new Duration(m * 60_000);
    }

    public Duration plus(Duration other) {
        return new Duration(milliseconds + other.milliseconds);
    }

    public Duration minus(Duration other) {
        return new Duration(milliseconds - other.milliseconds);
    }

    public Duration times(long factor) {
        return new Duration(milliseconds * factor);
    }

    public boolean isMultipleOf(Duration other) {
        return milliseconds % other.milliseconds == 0;
    }

    public long div(Duration other) {
        return milliseconds / other.milliseconds;
    }

    public boolean isLongerThan(Duration other) {
        return milliseconds > other.milliseconds;
    }

    public boolean isShorterThan(Duration other) {
        return milliseconds < other.milliseconds;
    }

    public static Duration max(Duration a, Duration b) {
        return a.milliseconds >= b.milliseconds ? a : b;
    }

    @Override
    public int compareTo(Duration other) {
        return Long.compare(milliseconds, other.milliseconds);
    }

    @Override
    public String toString() {
        return milliseconds + " ms";
    }
}
