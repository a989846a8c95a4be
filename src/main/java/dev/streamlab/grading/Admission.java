package dev.streamlab.grading;

import dev.streamlab.lang.runtime.LangException;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a submission's run says anything about its streaming logic: it must have started its context, read
 * exactly the exercise's sources, used its batch interval and registered an output. Anything else is a rejection that
 * says exactly what is wrong, instead of a diff.
 */
final class Admission {

    /** Spark's message when {@code ssc.start()} finds no output operation. */
    private static final String NO_OUTPUT_MESSAGE = "No output operations registered";

    private final GradedExercise exercise;
    private final GradingMessages messages;

    Admission(GradedExercise exercise, GradingMessages messages) {
        this.exercise = exercise;
        this.messages = messages;
    }

    Optional<Rejection> check(RecordedRun run) {
        LangException error = run.error();
        if (run.batchTimes().isEmpty()) {
            if (error == null) {
                return reject(Rejection.Reason.DOES_NOT_START, 0, "grading.rejected.neverStarted");
            }
            if (Judge.isOverBudget(error)) {
                return Optional.empty();
            }
            return Optional.of(beforeFirstBatch(error));
        }
        Set<String> expected = normalized(exercise.sources());
        Set<String> read = normalized(run.sources());
        for (String source : read) {
            if (!expected.contains(source)) {
                return reject(Rejection.Reason.OTHER_SOURCE, 0, "grading.rejected.otherSource", source,
                        String.join(", ", exercise.sources()));
            }
        }
        for (String source : expected) {
            if (!read.contains(source)) {
                return reject(Rejection.Reason.MISSING_SOURCE, 0, "grading.rejected.missingSource", source);
            }
        }
        long interval = run.batchTimes().get(0);
        long required = exercise.batchInterval().milliseconds();
        if (interval != required) {
            return reject(Rejection.Reason.OTHER_BATCH_INTERVAL, 0, "grading.rejected.batchInterval",
                    Durations.describe(interval), Durations.describe(required));
        }
        return Optional.empty();
    }

    private Rejection beforeFirstBatch(LangException error) {
        int line = error.position() == null ? 0 : error.position().line();
        if ("spark.failure".equals(error.key()) && error.args().length > 0
                && String.valueOf(error.args()[0]).contains(NO_OUTPUT_MESSAGE)) {
            return new Rejection(Rejection.Reason.NO_OUTPUT, messages.get("grading.rejected.noOutput"), line);
        }
        if ("spark.input".equals(error.key())) {
            return new Rejection(Rejection.Reason.MISSING_SOURCE,
                    messages.get("grading.rejected.missingSources", String.join(", ", exercise.sources())), line);
        }
        return new Rejection(Rejection.Reason.DOES_NOT_START,
                messages.get("grading.rejected.doesNotStart", error.render(messages.locale())), line);
    }

    private Optional<Rejection> reject(Rejection.Reason reason, int line, String key, Object... args) {
        return Optional.of(new Rejection(reason, messages.get(key, args), line));
    }

    private static Set<String> normalized(Iterable<String> sources) {
        Set<String> set = new LinkedHashSet<>();
        for (String source : sources) {
            set.add(SourceName.normalize(source));
        }
        return set;
    }

    /** The rejection of a program whose syntax error {@code error} is. */
    static Rejection doesNotParse(LangException error, GradingMessages messages) {
        int line = error.position() == null ? 0 : error.position().line();
        return new Rejection(Rejection.Reason.DOES_NOT_PARSE,
                messages.get("grading.rejected.doesNotParse", error.render(messages.locale())), line);
    }
}
