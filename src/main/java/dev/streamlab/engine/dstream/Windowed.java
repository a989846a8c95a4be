package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.Time;

import java.util.ArrayList;
import java.util.List;

/** A stream whose batches cover a window of its parent's batches: what the lab's window view draws. */
public interface Windowed {

    Duration windowDuration();

    Duration slideDuration();

    Duration parentSlide();

    Time zeroTime();

    /**
     * The batch of {@code time} as the window sees it: the parent's records, or for a window with an inverse
     * function the per-batch reduced values it adds on entering and subtracts on leaving.
     */
    dev.streamlab.engine.rdd.Rdd<?> windowedBatch(Time time);

    /** The parent batch times in the window ending at {@code end}, oldest first (times before the start excluded). */
    default List<Time> batchTimesIn(Time end) {
        List<Time> times = new ArrayList<>();
        Time first = end.minus(windowDuration()).plus(parentSlide());
        for (Time t = first; !t.isAfter(end); t = t.plus(parentSlide())) {
            if (t.isAfter(zeroTime())) {
                times.add(t);
            }
        }
        return times;
    }
}
