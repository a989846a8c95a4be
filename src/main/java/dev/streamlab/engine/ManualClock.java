package dev.streamlab.engine;

/** A clock that moves only when told to, so that the same program on the same input yields the same batches. */
public final class ManualClock implements Clock {

    private long now;

    public ManualClock() {
        this(0);
    }

    public ManualClock(long startMillis) {
        this.now = startMillis;
    }

    @Override
    public synchronized long millis() {
        return now;
    }

    public synchronized void setTime(long millis) {
        now = millis;
    }

    public synchronized void advance(long millis) {
        now += millis;
    }
}
