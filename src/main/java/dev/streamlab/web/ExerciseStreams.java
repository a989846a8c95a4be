package dev.streamlab.web;

import dev.streamlab.exercise.Course;
import dev.streamlab.exercise.Exercise;
import dev.streamlab.session.SparkExport;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The visible test streams and batch interval of an exercise, as the export needs them (none in the playground). */
@Component
class ExerciseStreams {

    private final Course course;

    ExerciseStreams(Course course) {
        this.course = course;
    }

    List<SparkExport.Stream> visible(String exerciseId) {
        return exercise(exerciseId).map(e -> e.visibleTests().stream()
                .map(t -> new SparkExport.Stream(t.name() + ".stream", t.text())).toList()).orElse(List.of());
    }

    long batchMillis(String exerciseId) {
        return exercise(exerciseId).map(e -> e.batch().milliseconds()).orElse(1000L);
    }

    private Optional<Exercise> exercise(String id) {
        return id == null ? Optional.empty() : course.exercise(id);
    }
}
