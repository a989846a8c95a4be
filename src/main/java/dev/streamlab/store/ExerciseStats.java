package dev.streamlab.store;

import java.time.Duration;

/** The class on one exercise: students who submitted, who passed, median attempts, median time to pass. */
public record ExerciseStats(String exerciseId, int tried, int passed, double medianAttempts,
                            Duration medianTimeToPass) {
}
