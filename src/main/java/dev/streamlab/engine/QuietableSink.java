package dev.streamlab.engine;

/**
 * The program's console, which reports can silence while they compute what an output operation did not print:
 * the lab must not show a student's println twice.
 */
final class QuietableSink implements OutputSink {

    private final OutputSink target;
    private int quiet;

    QuietableSink(OutputSink target) {
        this.target = target;
    }

    synchronized <T> T quietly(java.util.function.Supplier<T> work) {
        quiet++;
        try {
            return work.get();
        } finally {
            quiet--;
        }
    }

    synchronized boolean isQuiet() {
        return quiet > 0;
    }

    @Override
    public synchronized void out(String line) {
        if (quiet == 0) {
            target.out(line);
        }
    }

    @Override
    public synchronized void err(String line) {
        if (quiet == 0) {
            target.err(line);
        }
    }
}
