package dev.streamlab.engine;

/** A span of stream time {@code (begin, end]}, as a window covers it. */
public record Interval(Time begin, Time end) {

    public Duration duration() {
        return end.minus(begin);
    }

    @Override
    public String toString() {
        return "[" + begin + ", " + end + "]";
    }
}
