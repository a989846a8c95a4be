package dev.streamlab.grading;

import dev.streamlab.exercise.Course;
import dev.streamlab.exercise.Exercise;
import dev.streamlab.lang.Dialect;

import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Submitting to the grading queue by exercise id, for the server's submission flow: looks the exercise up in the
 * course (as it is now: an instructor's edit applies to the next submission) and queues the grading.
 */
public final class CourseGrading {

    private final Course course;
    private final GradingQueue queue;

    public CourseGrading(Course course, GradingQueue queue) {
        this.course = course;
        this.queue = queue;
    }

    /**
     * Queues a submission; {@code placeListener} hears its place as {@link GradingQueue#submit} says.
     *
     * @throws IllegalArgumentException      if the course has no usable exercise {@code exerciseId}, or not in
     *                                       {@code dialect}
     * @throws GradingQueue.QueueFull        if too many submissions wait
     */
    public GradingQueue.Ticket submit(String exerciseId, Dialect dialect, String code, String fileName,
                                      Locale locale, long seed, IntConsumer placeListener) {
        Exercise exercise = course.exercise(exerciseId)
                .orElseThrow(() -> new IllegalArgumentException("no exercise " + exerciseId));
        GradedExercise graded = GradedExercises.of(exercise, dialect, locale);
        return queue.submit(graded, new Submission(code, fileName, dialect), locale, seed, placeListener);
    }
}
