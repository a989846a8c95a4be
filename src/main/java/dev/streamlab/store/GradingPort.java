package dev.streamlab.store;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * How the submission flow reaches the grading pool: a request joins a bounded queue and reports its place in it.
 * A full queue refuses with {@link java.util.concurrent.RejectedExecutionException}; an unknown exercise with
 * {@link IllegalArgumentException}.
 */
public interface GradingPort {

    /** Queues the program; messages and hidden tests' hints come back in {@code locale}. */
    Ticket enqueue(String exerciseId, String dialect, String code, Locale locale);

    /** One queued submission. */
    interface Ticket {

        /** Its place in the queue: 1 for the next to be graded, 0 while being graded. */
        int position();

        CompletableFuture<GradeOutcome> outcome();
    }
}
