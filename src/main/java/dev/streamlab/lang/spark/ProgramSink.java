package dev.streamlab.lang.spark;

import dev.streamlab.engine.OutputSink;
import dev.streamlab.engine.StreamingContext;

/**
 * The console of a running program. Two rules sit here: a PySpark worker's stdout reaches the driver's stderr (a
 * {@code print} inside a map goes there), and nothing prints while a batch report recomputes what output operations
 * did not pull (the student would see their println twice).
 */
final class ProgramSink implements OutputSink {

    private final OutputSink target;
    private final boolean workersPrintToStderr;
    private StreamingContext context;
    private int workerDepth;

    ProgramSink(OutputSink target, boolean workersPrintToStderr) {
        this.target = target;
        this.workersPrintToStderr = workersPrintToStderr;
    }

    void attach(StreamingContext ssc) {
        this.context = ssc;
    }

    /** Runs a function the way a task would run it on an executor. */
    <T> T onWorker(java.util.function.Supplier<T> work) {
        workerDepth++;
        try {
            return work.get();
        } finally {
            workerDepth--;
        }
    }

    private boolean quiet() {
        return context != null && context.isQuiet();
    }

    @Override
    public void out(String line) {
        if (quiet()) {
            return;
        }
        if (workersPrintToStderr && workerDepth > 0) {
            target.err(line);
        } else {
            target.out(line);
        }
    }

    @Override
    public void err(String line) {
        if (!quiet()) {
            target.err(line);
        }
    }
}
