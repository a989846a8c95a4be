package dev.streamlab.session;

import dev.streamlab.engine.BatchScheduler;
import dev.streamlab.engine.SystemClock;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The live lab's parts in the server: one scheduler for every session's batches, the sessions, their expiry. */
@Configuration
@ConditionalOnWebApplication
@EnableConfigurationProperties(SessionLimits.class)
class SessionConfiguration {

    @Bean(destroyMethod = "close")
    BatchScheduler batchScheduler(@Value("${streamlab.sessions.scheduler-threads:2}") int threads) {
        return new BatchScheduler(threads);
    }

    @Bean(destroyMethod = "close")
    LabSessions labSessions(SessionLimits limits, BatchScheduler scheduler, MeterRegistry registry,
                            @Value("${streamlab.sessions.time-zone:UTC}") String zone) throws IOException {
        return new LabSessions(limits, scheduler, new SystemClock(), ZoneId.of(zone),
                Files.createTempDirectory("streamlab-sessions"), registry);
    }

    /** Sweeps sessions whose page left more than the idle limit ago, twice a minute. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService sessionExpiry(LabSessions sessions) {
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "streamlab-session-expiry");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(sessions::expireIdle, 30, 30, TimeUnit.SECONDS);
        return sweeper;
    }
}
