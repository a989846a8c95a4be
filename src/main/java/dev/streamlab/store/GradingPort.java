package dev.streamlab.store;

import java.util.concurrent.CompletableFuture;

/**
 * How the submission flow reaches the grading pool: a request joins a bounded queue and reports its place in it.
 * A full queue refuses with {@link java.util.concurrent.RejectedExecutionException}; an unknown exercise with
 * {@link IllegalArgumentException}.
 */
public interface GradingPort {

    Ticket enqueue(String exerciseId, String dialect, String code);

    /** One queued submission. */
    interface Ticket {

        /** How many submissions are graded before this one starts; 0 once it is being graded. */
        int position();

        CompletableFuture<GradeOutcome> outcome();
    }
}
