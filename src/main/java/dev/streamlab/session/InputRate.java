package dev.streamlab.session;

import dev.streamlab.engine.Clock;

/** A token bucket: {@code perSecond} lines a second on average, bursts of one second's worth. */
final class InputRate {

    private final int perSecond;
    private final Clock clock;
    private double tokens;
    private long last;

    InputRate(int perSecond, Clock clock) {
        this.perSecond = perSecond;
        this.clock = clock;
        this.tokens = perSecond;
        this.last = clock.millis();
    }

    synchronized boolean take() {
        long now = clock.millis();
        tokens = Math.min(perSecond, tokens + (now - last) * perSecond / 1000.0);
        last = now;
        if (tokens < 1) {
            return false;
        }
        tokens--;
        return true;
    }
}
