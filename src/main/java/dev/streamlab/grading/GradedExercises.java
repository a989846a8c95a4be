package dev.streamlab.grading;

import dev.streamlab.exercise.Exercise;
import dev.streamlab.exercise.GradingOptions;
import dev.streamlab.exercise.TestStream;
import dev.streamlab.lang.Dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What grading needs of a course exercise: the adapter from the exercise format to {@link GradedExercise}. */
public final class GradedExercises {

    private GradedExercises() {
    }

    /**
     * The exercise in {@code dialect}, its hidden tests' hints in {@code locale} (or English).
     *
     * @throws IllegalArgumentException if the exercise does not offer that dialect
     */
    public static GradedExercise of(Exercise exercise, Dialect dialect, Locale locale) {
        if (!exercise.offers(dialect)) {
            throw new IllegalArgumentException("exercise " + exercise.id() + " is not offered in "
                    + dialect.name().toLowerCase(Locale.ROOT));
        }
        List<TestCase> tests = new ArrayList<>();
        for (TestStream visible : exercise.visibleTests()) {
            tests.add(TestCase.visible(visible.name(), visible.stream()));
        }
        for (TestStream hidden : exercise.hiddenTests()) {
            tests.add(TestCase.hidden(hidden.name(), hidden.stream(), exercise.hiddenHint(hidden.name(), locale)));
        }
        return new GradedExercise(exercise.id(), dialect, exercise.solution(dialect), tests, rules(exercise.grading()),
                exercise.sources(), exercise.batch());
    }

    static GradingRules rules(GradingOptions options) {
        return new GradingRules(options.ordered() ? RecordOrder.ORDERED : RecordOrder.MULTISET,
                new GradedOutputs(options.outputs()), options.tolerance(), options.batches());
    }
}
