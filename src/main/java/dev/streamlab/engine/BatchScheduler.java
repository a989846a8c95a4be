package dev.streamlab.engine;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

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
        Registration registration = new Registration(ssc, onReport);
        registration.scheduleNext();
        return registration;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** A context's place on the scheduler; cancel it to stop its batches. */
    public final class Registration {
        private final StreamingContext ssc;
        private final Consumer<BatchReport> onReport;
        private volatile boolean cancelled;
        private volatile ScheduledFuture<?> pending;

        private Registration(StreamingContext ssc, Consumer<BatchReport> onReport) {
            this.ssc = ssc;
            this.onReport = onReport;
        }

        private void scheduleNext() {
            if (cancelled || ssc.state() != StreamingContext.State.ACTIVE) {
                return;
            }
            Time next = ssc.nextBatchTime();
            long delay = Math.max(0, next.milliseconds() - ssc.clock().millis());
            pending = executor.schedule(() -> runOne(next), delay, TimeUnit.MILLISECONDS);
        }

        private void runOne(Time time) {
            if (cancelled || ssc.state() != StreamingContext.State.ACTIVE) {
                return;
            }
            try {
                onReport.accept(ssc.runBatch(time));
            } finally {
                scheduleNext();
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
