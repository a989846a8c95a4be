package dev.streamlab.store;

import dev.streamlab.grading.CourseGrading;
import dev.streamlab.grading.GradeResult;
import dev.streamlab.grading.GradingQueue;
import dev.streamlab.grading.TestResult;
import dev.streamlab.grading.Verdict;
import dev.streamlab.lang.Dialect;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * The submission flow's way to the server's grading pool: each submission gets a fresh generated-stream seed, and its
 * {@link GradeResult} becomes the verdicts that are stored (hidden tests carry only passed/failed and their hint, as
 * grading hands them over).
 */
@Component
class CourseGradingPort implements GradingPort {

    private final CourseGrading grading;
    private final SecureRandom seeds = new SecureRandom();

    CourseGradingPort(CourseGrading grading) {
        this.grading = grading;
    }

    @Override
    public Ticket enqueue(String exerciseId, String dialect, String code, Locale locale) {
        Dialect chosen = Dialect.valueOf(dialect.toUpperCase(Locale.ROOT));
        long seed = seeds.nextLong() & Long.MAX_VALUE;
        GradingQueue.Ticket ticket;
        try {
            ticket = grading.submit(exerciseId, chosen, code, chosen == Dialect.SCALA ? "Main.scala" : "main.py",
                    locale, seed, place -> { });
        } catch (GradingQueue.QueueFull full) {
            throw new RejectedExecutionException(full.getMessage(), full);
        }
        CompletableFuture<GradeOutcome> outcome = ticket.result().thenApply(CourseGradingPort::outcome);
        return new Ticket() {
            @Override
            public int position() {
                return Math.max(0, ticket.place());
            }

            @Override
            public CompletableFuture<GradeOutcome> outcome() {
                return outcome;
            }
        };
    }

    static GradeOutcome outcome(GradeResult result) {
        if (!result.countsAsAttempt()) {
            return GradeOutcome.rejected(result.detail());
        }
        String detail = result.rejected().map(r -> r.message()).orElse(result.detail());
        return new GradeOutcome(null, result.seed(), result.passed(), result.total(), result.verdict(), detail,
                result.tests().stream().map(CourseGradingPort::verdict).toList());
    }

    static TestVerdict verdict(TestResult test) {
        if (test instanceof TestResult.Hidden hidden) {
            return new TestVerdict(hidden.name(), true, hidden.passed() ? "passed" : "failed", null,
                    hidden.summary(), hidden.passed() ? null : hidden.hint(), null, null, null, null);
        }
        Verdict verdict = ((TestResult.Shown) test).verdict();
        if (verdict instanceof Verdict.Failed failed) {
            return new TestVerdict(test.name(), false, "failed", failed.batch(), failed.message(), null,
                    failed.expected(), failed.got(), failed.missing(), failed.extra());
        }
        return new TestVerdict(test.name(), false, verdict.kind(), null, verdict.message(), null, List.of(),
                List.of(), List.of(), List.of());
    }
}
