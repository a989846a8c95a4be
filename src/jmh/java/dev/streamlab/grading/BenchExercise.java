package dev.streamlab.grading;

import dev.streamlab.exercise.Course;
import dev.streamlab.lang.Dialect;

import java.util.Locale;

/** The course's windowed-word-count and a correct submission written differently from its reference. */
final class BenchExercise {

    private BenchExercise() {
    }

    static GradedExercise windowedWordCount(Dialect dialect) {
        return GradedExercises.of(Course.bundled().exercise("windowed-word-count").orElseThrow(), dialect,
                Locale.ENGLISH);
    }

    static Submission submission(Dialect dialect) {
        return TestExercises.submission(dialect == Dialect.SCALA
                ? "windowed-word-count/scala/window-then-reduce.scala"
                : "windowed-word-count/python/window-then-reduce.py");
    }
}
