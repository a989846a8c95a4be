package dev.streamlab.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A student's standing on one exercise, kept in step with their submissions. */
public record Progress(String studentId, String exerciseId, int attempts, double bestScore,
                       Instant firstSubmittedAt, Instant passedAt) {

    public boolean passed() {
        return passedAt != null;
    }

    /** From the first graded attempt to the first passing one. */
    public Optional<Duration> timeToPass() {
        return passed() ? Optional.of(Duration.between(firstSubmittedAt, passedAt)) : Optional.empty();
    }
}
