package dev.streamlab.engine;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The few threads on which every live context's batches run. A context is never run by two threads at once: its
 * next batch is scheduled only when the current one is done, so a slow batch delays its own context alone.
 */
public final class BatchScheduler implements AutoCloseable {

    private final ScheduledExecutorService executor;

    public BatchScheduler(int threads) {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "streamlab-batches-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newScheduledThreadPool(threads, factory);
    }

    /** Runs the started context's batches at their times until it stops; each report goes to {@code onReport}. */
    public Registration register(StreamingContext ssc, Consumer<BatchReport> onReport) {
        return register(ssc, ssc::runBatch, onReport);
    }

    /**
     * As {@link #register(StreamingContext, Consumer)}, with {@code runner} running each batch (a program's driver
     * wraps the context's own run with its per-batch budget).
     */
    public Registration register(StreamingContext ssc, Function<Time, BatchReport> runner,
                                 Consumer<BatchReport> onReport) {
        Registration registration = new Registration(ssc, runner, onReport);
        registration.scheduleNext();
        return registration;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /**
     * A context's place on the scheduler; cancel it to stop its batches. Paused, it runs no batch until resumed or
     * stepped; its clock is the caller's to freeze.
     */
    public final class Registration {
        private final StreamingContext ssc;
        private final Function<Time, BatchReport> runner;
        private final Consumer<BatchReport> onReport;
        private volatile boolean cancelled;
        private volatile boolean paused;
        private volatile ScheduledFuture<?> pending;

        private Registration(StreamingContext ssc, Function<Time, BatchReport> runner,
                             Consumer<BatchReport> onReport) {
            this.ssc = ssc;
            this.runner = runner;
            this.onReport = onReport;
        }

        private void scheduleNext() {
            if (cancelled || paused || ssc.state() != StreamingContext.State.ACTIVE) {
                return;
            }
            Time next = ssc.nextBatchTime();
            long delay = Math.max(0, next.milliseconds() - ssc.clock().millis());
            pending = executor.schedule(() -> runOne(next, false), delay, TimeUnit.MILLISECONDS);
        }

        private void runOne(Time time, boolean stepping) {
            if (cancelled || (paused && !stepping) || ssc.state() != StreamingContext.State.ACTIVE) {
                return;
            }
            try {
                onReport.accept(runner.apply(time));
            } finally {
                if (!stepping) {
                    scheduleNext();
                }
            }
        }

        /** No batch runs until {@link #resume()}; a batch already running finishes. */
        public void pause() {
            paused = true;
            ScheduledFuture<?> p = pending;
            if (p != null) {
                p.cancel(false);
            }
        }

        public void resume() {
            if (paused) {
                paused = false;
                scheduleNext();
            }
        }

        /** While paused, runs exactly the next batch, on the scheduler's threads, as soon as one is free. */
        public void step() {
            if (paused) {
                executor.execute(() -> runOne(ssc.nextBatchTime(), true));
            }
        }

        public void cancel() {
            cancelled = true;
            ScheduledFuture<?> p = pending;
            if (p != null) {
                p.cancel(false);
            }
        }
    }
}
