package dev.streamlab.bench;

import dev.streamlab.engine.BatchScheduler;
import dev.streamlab.engine.Duration;
import dev.streamlab.engine.PrintFormat;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.SystemClock;
import dev.streamlab.engine.hash.JvmKeyHashing;
import dev.streamlab.engine.rdd.RddContext;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load driver, not a test: N idle word-count contexts with a 1 s batch interval on one shared scheduler of two
 * threads, on the wall clock, for a fixed time; prints the CPU the process spent as a share of one core, and how many
 * batches ran. Run: {@code ./mvnw -Pbench -DskipTests test-compile exec:exec@idle} (arguments: contexts, seconds).
 */
public final class IdleContextsLoad {

    private IdleContextsLoad() {
    }

    public static void main(String[] args) throws InterruptedException {
        int contexts = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        AtomicLong batches = new AtomicLong();
        try (BatchScheduler scheduler = new BatchScheduler(2)) {
            List<BatchScheduler.Registration> registrations = new ArrayList<>();
            for (int i = 0; i < contexts; i++) {
                StreamingContext ssc = new StreamingContext(Duration.seconds(1), new SystemClock(),
                        new RddContext(2, new JvmKeyHashing()), new NullSink());
                EngineBenchmark.counts(ssc.socketTextStream("localhost", 9999)).print(10, PrintFormat.JVM_TO_STRING);
                ssc.start();
                registrations.add(scheduler.register(ssc, report -> batches.incrementAndGet()));
            }
            Thread.sleep(3000);
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuBefore = os.getProcessCpuTime();
            long batchesBefore = batches.get();
            long wallBefore = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            long cpu = os.getProcessCpuTime() - cpuBefore;
            long wall = System.nanoTime() - wallBefore;
            long ran = batches.get() - batchesBefore;
            registrations.forEach(BatchScheduler.Registration::cancel);
            System.out.printf("%d idle contexts, %d s: %d batches (%.1f per second), CPU %.2f %% of one core%n",
                    contexts, seconds, ran, ran * 1e9 / wall, 100.0 * cpu / wall);
        }
    }
}
