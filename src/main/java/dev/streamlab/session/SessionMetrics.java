package dev.streamlab.session;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** The live lab's health in numbers: sessions, running programs, batches run, their delay and run time. */
final class SessionMetrics {

    private final AtomicInteger programs = new AtomicInteger();
    private final Counter batches;
    private final DistributionSummary delay;
    private final Timer processing;

    SessionMetrics(MeterRegistry registry, Supplier<Number> sessions) {
        registry.gauge("streamlab.sessions.live", sessions, s -> s.get().doubleValue());
        registry.gauge("streamlab.sessions.running", programs);
        this.batches = Counter.builder("streamlab.batches").description("batches run by live sessions")
                .register(registry);
        this.delay = DistributionSummary.builder("streamlab.batch.delay").baseUnit("milliseconds")
                .description("from a batch's time to the end of its run").publishPercentiles(0.5, 0.99)
                .register(registry);
        this.processing = Timer.builder("streamlab.batch.processing").publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    void programStarted() {
        programs.incrementAndGet();
    }

    void programStopped() {
        programs.decrementAndGet();
    }

    void batchRan(long delayMillis, long processingNanos) {
        batches.increment();
        delay.record(delayMillis);
        processing.record(processingNanos, TimeUnit.NANOSECONDS);
    }
}
