package dev.streamlab.grading;

import dev.streamlab.lang.Dialect;

/** The exercise and submission the grading benchmark uses. */
final class BenchExercise {

    private BenchExercise() {
    }

    static GradedExercise windowedWordCount(Dialect dialect) {
        return TestExercises.load("windowed-count", dialect);
    }

    static Submission submission(Dialect dialect) {
        return TestExercises.submission(dialect == Dialect.SCALA ? GradingBenchmark.SUBMISSION
                : "windowed-count/python/window-then-reduce.py");
    }
}
