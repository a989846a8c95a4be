package dev.streamlab.engine;

/** Where a context takes its time from: the wall clock in live sessions, a manual one in grading and tests. */
public interface Clock {

    long millis();
}
