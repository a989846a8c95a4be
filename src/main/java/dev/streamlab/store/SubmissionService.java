package dev.streamlab.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The submission flow: a student's program goes to the grading pool, and its outcome is stored as one graded
 * attempt. Until then it lives only in this instance's memory (its student's browser polls the same instance); a
 * program that does not parse is answered and forgotten, never stored.
 */
@Service
public class SubmissionService {

    public static final Set<String> DIALECTS = Set.of("scala", "python");
    public static final int MAX_CODE = 100_000;
    private static final int REMEMBERED_REJECTIONS = 10_000;
    private static final Logger log = LoggerFactory.getLogger(SubmissionService.class);

    private final GradingPort grading;
    private final Submissions submissions;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, Rejection> rejections = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Rejection> eldest) {
                    return size() > REMEMBERED_REJECTIONS;
                }
            });

    SubmissionService(GradingPort grading, Submissions submissions) {
        this.grading = grading;
        this.submissions = submissions;
    }

    /** Queues the program for grading; the answer carries its id and its place in the queue. */
    public Accepted submit(Student student, String exerciseId, String dialect, String code, Locale locale) {
        if (!DIALECTS.contains(dialect)) {
            throw new IllegalArgumentException("dialect must be scala or python, not " + dialect);
        }
        if (code == null || code.isBlank() || code.length() > MAX_CODE) {
            throw new IllegalArgumentException("the program must have 1 to " + MAX_CODE + " characters");
        }
        String id = UUID.randomUUID().toString();
        Instant submittedAt = Timestamps.now();
        GradingPort.Ticket ticket = grading.enqueue(exerciseId, dialect, code, locale);
        pending.put(id, new Pending(student.id(), exerciseId, ticket));
        ticket.outcome().whenComplete((outcome, failure) -> {
            try {
                if (failure != null) {
                    log.error("grading of submission {} failed", id, failure);
                    rejections.put(id, new Rejection(student.id(), exerciseId, "grading failed: " + failure));
                } else if (!outcome.countsAsAttempt()) {
                    rejections.put(id, new Rejection(student.id(), exerciseId, outcome.notAnAttempt()));
                } else {
                    submissions.save(new StoredSubmission(id, student.id(), exerciseId, dialect, code, submittedAt,
                            Timestamps.now(), outcome.streamSeed(), outcome.score(), outcome.passed(),
                            outcome.total(), outcome.verdict(), outcome.detail(), outcome.verdicts()));
                }
            } catch (RuntimeException storing) {
                log.error("submission {} could not be stored", id, storing);
                rejections.put(id, new Rejection(student.id(), exerciseId, "not stored: " + storing.getMessage()));
            } finally {
                pending.remove(id);
            }
        });
        return new Accepted(id, ticket.position());
    }

    /** The submission's state, for the student who made it only. */
    public Optional<SubmissionStatus> status(Student student, String id) {
        Pending waiting = pending.get(id);
        if (waiting != null && waiting.studentId.equals(student.id())) {
            // Until save() has returned (its row written to disk), it is not stored, even if another connection
            // can already read the committed row.
            return Optional.of(SubmissionStatus.waiting(id, waiting.exerciseId,
                    waiting.ticket.outcome().isDone() ? 0 : waiting.ticket.position()));
        }
        Rejection rejection = rejections.get(id);
        if (rejection != null) {
            return rejection.studentId.equals(student.id())
                    ? Optional.of(SubmissionStatus.rejected(id, rejection.exerciseId, rejection.message))
                    : Optional.empty();
        }
        return submissions.byId(id).filter(s -> s.studentId().equals(student.id())).map(SubmissionStatus::graded);
    }

    public record Accepted(String id, int position) {
    }

    private record Pending(String studentId, String exerciseId, GradingPort.Ticket ticket) {
    }

    private record Rejection(String studentId, String exerciseId, String message) {
    }
}
