package dev.streamlab.engine;

/** The wall clock. */
public final class SystemClock implements Clock {

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
