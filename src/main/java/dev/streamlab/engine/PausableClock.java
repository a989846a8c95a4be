package dev.streamlab.engine;

/**
 * A live session's clock: another clock's time, which a student can freeze (Pause), push forward one batch at a time
 * while frozen (Step), and let run again from where it stood (Resume), so that no batch is skipped or run twice.
 */
public final class PausableClock implements Clock {

    private final Clock base;
    private long offset;
    private boolean paused;
    private long frozenAt;

    public PausableClock(Clock base) {
        this.base = base;
    }

    @Override
    public synchronized long millis() {
        return paused ? frozenAt : base.millis() + offset;
    }

    public synchronized boolean paused() {
        return paused;
    }

    public synchronized void pause() {
        if (!paused) {
            frozenAt = base.millis() + offset;
            paused = true;
        }
    }

    public synchronized void resume() {
        if (paused) {
            offset = frozenAt - base.millis();
            paused = false;
        }
    }

    /** While paused, moves the frozen time forward to {@code millis} (never back). */
    public synchronized void advanceTo(long millis) {
        if (paused && millis > frozenAt) {
            frozenAt = millis;
        }
    }
}
