package dev.streamlab.grading;

import dev.streamlab.exercise.Course;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's grading: one grader and one bounded queue for all submissions ({@code streamlab.grading.workers}
 * threads, default 1, and {@code streamlab.grading.capacity} waiting submissions, default 256).
 */
@Configuration(proxyBeanMethods = false)
public class GradingConfiguration {

    @Bean
    Grader grader() {
        return new Grader();
    }

    @Bean(destroyMethod = "close")
    GradingQueue gradingQueue(Grader grader, @Value("${streamlab.grading.workers:1}") int workers,
                              @Value("${streamlab.grading.capacity:256}") int capacity) {
        return new GradingQueue(grader, workers, capacity);
    }

    /** Over the server's course, or the bundled one where no course bean exists (a context without the lab). */
    @Bean
    CourseGrading courseGrading(ObjectProvider<Course> course, GradingQueue queue) {
        return new CourseGrading(course.getIfAvailable(Course::bundled), queue);
    }
}
