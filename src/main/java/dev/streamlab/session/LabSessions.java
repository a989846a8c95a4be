package dev.streamlab.session;

import dev.streamlab.engine.BatchScheduler;
import dev.streamlab.engine.Clock;
import dev.streamlab.engine.SystemClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Every live session of this server: opened per tab, found again when the tab reconnects, closed when it expires.
 * All their batches share one small {@link BatchScheduler}.
 */
public final class LabSessions implements AutoCloseable {

    private final SessionLimits limits;
    private final BatchScheduler scheduler;
    private final Clock clock;
    private final ZoneId zone;
    private final Path root;
    private final SessionMetrics metrics;
    private final Map<String, LabSession> sessions = new ConcurrentHashMap<>();

    public LabSessions(SessionLimits limits, BatchScheduler scheduler, Clock clock, ZoneId zone, Path root,
                       MeterRegistry registry) {
        this.limits = limits;
        this.scheduler = scheduler;
        this.clock = clock;
        this.zone = zone;
        this.root = root;
        this.metrics = new SessionMetrics(registry, sessions::size);
    }

    /** Sessions on the wall clock, with folders under a fresh temporary directory (tests, load drivers). */
    public static LabSessions onSystemClock(SessionLimits limits, BatchScheduler scheduler) {
        try {
            return new LabSessions(limits, scheduler, new SystemClock(), ZoneId.of("UTC"),
                    Files.createTempDirectory("streamlab-sessions"), new SimpleMeterRegistry());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SessionLimits limits() {
        return limits;
    }

    /** A new session for {@code browserId}, or empty when this browser or the server has as many as allowed. */
    public Optional<LabSession> open(String browserId) {
        if (sessions.size() >= limits.maxSessions()) {
            return Optional.empty();
        }
        long mine = sessions.values().stream().filter(s -> s.browserId().equals(browserId)).count();
        if (mine >= limits.maxSessionsPerBrowser()) {
            return Optional.empty();
        }
        String id = UUID.randomUUID().toString();
        Path folder = root.resolve(id);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LabSession session = new LabSession(id, browserId, limits, scheduler, clock, folder, zone, metrics);
        sessions.put(id, session);
        return Optional.of(session);
    }

    /** The session {@code id} if it is still open and belongs to {@code browserId}. */
    public Optional<LabSession> find(String id, String browserId) {
        LabSession session = id == null ? null : sessions.get(id);
        return session != null && session.browserId().equals(browserId) ? Optional.of(session) : Optional.empty();
    }

    public int size() {
        return sessions.size();
    }

    /** Closes every session whose page has been gone longer than the idle limit; returns how many. */
    public int expireIdle() {
        long now = clock.millis();
        int closed = 0;
        for (LabSession session : sessions.values()) {
            if (session.expired(now)) {
                close(session);
                closed++;
            }
        }
        return closed;
    }

    public void close(LabSession session) {
        session.close();
        sessions.remove(session.id());
        deleteQuietly(session.folder());
    }

    @Override
    public void close() {
        sessions.values().forEach(this::close);
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
