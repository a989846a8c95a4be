package dev.streamlab.exercise;

import java.util.List;

/** One exercise folder of a course: a usable exercise, or one too broken to show, with what is wrong. */
public sealed interface CourseEntry {

    String id();

    /** Every problem the loader found: for a usable exercise, its warnings. */
    List<Problem> problems();

    record Usable(Exercise exercise) implements CourseEntry {
        @Override
        public String id() {
            return exercise.id();
        }

        @Override
        public List<Problem> problems() {
            return exercise.warnings();
        }
    }

    record Broken(String id, List<Problem> problems) implements CourseEntry {
        public Broken {
            problems = List.copyOf(problems);
        }
    }
}
