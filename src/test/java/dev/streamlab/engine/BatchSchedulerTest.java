package dev.streamlab.engine;

import dev.streamlab.engine.dstream.SocketInputDStream;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared scheduler, driven by manual clocks set past the batch times so that batches are due at once: tests
 * wait for reports, never for time.
 */
class BatchSchedulerTest {

    private static final long WAIT_SECONDS = 10;

    private static BatchReport next(BlockingQueue<BatchReport> reports) throws InterruptedException {
        BatchReport report = reports.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(report).as("a batch report within %d s", WAIT_SECONDS).isNotNull();
        return report;
    }

    @Test
    void runsEveryDueBatchInTimeOrder() throws InterruptedException {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.count().print(10, PrintFormat.JVM_TO_STRING);
        h.ssc.start();
        socket.offer("a");
        h.clock.setTime(3000);
        BlockingQueue<BatchReport> reports = new LinkedBlockingQueue<>();
        try (BatchScheduler scheduler = new BatchScheduler(2)) {
            BatchScheduler.Registration registration = scheduler.register(h.ssc, reports::add);
            List<Time> times = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                times.add(next(reports).time());
            }
            registration.cancel();
            assertThat(times).containsExactly(new Time(1000), new Time(2000), new Time(3000));
        }
        assertThat(h.out.toString()).contains("Time: 1000 ms\n-------------------------------------------\n1\n")
                .contains("Time: 3000 ms\n-------------------------------------------\n0\n");
    }

    @Test
    void aFailedBatchEndsTheContextsSchedule() throws InterruptedException {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.map(Integer::valueOf).foreachRdd(rdd -> rdd.collect());
        h.ssc.start();
        socket.offer("not a number");
        h.clock.setTime(5000);
        BlockingQueue<BatchReport> reports = new LinkedBlockingQueue<>();
        try (BatchScheduler scheduler = new BatchScheduler(1)) {
            scheduler.register(h.ssc, reports::add);
            BatchReport report = next(reports);
            assertThat(report.failed()).isTrue();
            assertThat(h.ssc.state()).isEqualTo(StreamingContext.State.STOPPED);
            assertThat(reports).isEmpty();
        }
    }

    @Test
    void aContextNeverRunsTwoBatchesAtOnce() throws InterruptedException {
        int batches = 20;
        List<EngineHarness> harnesses = List.of(new EngineHarness(Duration.seconds(1)),
                new EngineHarness(Duration.seconds(1)));
        List<AtomicInteger> running = List.of(new AtomicInteger(), new AtomicInteger());
        AtomicInteger overlaps = new AtomicInteger();
        BlockingQueue<BatchReport> reports = new LinkedBlockingQueue<>();
        try (BatchScheduler scheduler = new BatchScheduler(4)) {
            List<BatchScheduler.Registration> registrations = new ArrayList<>();
            for (int i = 0; i < harnesses.size(); i++) {
                EngineHarness h = harnesses.get(i);
                AtomicInteger inside = running.get(i);
                h.socket().foreachRdd(rdd -> {
                    if (inside.incrementAndGet() > 1) {
                        overlaps.incrementAndGet();
                    }
                    inside.decrementAndGet();
                });
                h.ssc.start();
                h.clock.setTime(batches * 1000L);
                registrations.add(scheduler.register(h.ssc, reports::add));
            }
            for (int i = 0; i < 2 * batches; i++) {
                next(reports);
            }
            registrations.forEach(BatchScheduler.Registration::cancel);
        }
        assertThat(overlaps).hasValue(0);
    }

    @Test
    void aSlowBatchDelaysOnlyItsOwnContext() throws InterruptedException {
        EngineHarness slow = new EngineHarness(Duration.seconds(1));
        EngineHarness quick = new EngineHarness(Duration.seconds(1));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch slowStarted = new CountDownLatch(1);
        slow.socket().foreachRdd(rdd -> {
            slowStarted.countDown();
            try {
                release.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        quick.socket().foreachRdd(rdd -> { });
        slow.ssc.start();
        quick.ssc.start();
        slow.clock.setTime(1000);
        quick.clock.setTime(3000);
        BlockingQueue<BatchReport> quickReports = new LinkedBlockingQueue<>();
        BlockingQueue<BatchReport> slowReports = new LinkedBlockingQueue<>();
        try (BatchScheduler scheduler = new BatchScheduler(2)) {
            BatchScheduler.Registration slowRun = scheduler.register(slow.ssc, slowReports::add);
            assertThat(slowStarted.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            BatchScheduler.Registration quickRun = scheduler.register(quick.ssc, quickReports::add);
            for (int i = 0; i < 3; i++) {
                next(quickReports);
            }
            assertThat(slowReports).isEmpty();
            release.countDown();
            assertThat(next(slowReports).time()).isEqualTo(new Time(1000));
            slowRun.cancel();
            quickRun.cancel();
        }
    }
}
