package dev.streamlab.grading;

/** A batch interval as messages show it: {@code 500 ms}, {@code 1 s}, {@code 2.5 s}. */
final class Durations {

    private Durations() {
    }

    static String describe(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }
}
