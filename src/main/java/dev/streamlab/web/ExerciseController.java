package dev.streamlab.web;

import dev.streamlab.exercise.Course;
import dev.streamlab.exercise.CourseEntry;
import dev.streamlab.exercise.ExerciseView;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;
import java.util.Optional;

/**
 * An exercise's page: its instructions and starter ({@code ?dialect=python}); a page saying what is wrong for a
 * broken exercise, a 404 page for an unknown id.
 */
@Controller
class ExerciseController {

    private final Course course;
    private final LabView lab;
    private final MessageSource messages;

    ExerciseController(Course course, LabView lab, MessageSource messages) {
        this.course = course;
        this.lab = lab;
        this.messages = messages;
    }

    @GetMapping("/exercises/{id}")
    String exercise(@PathVariable String id, @RequestParam(required = false) String dialect, Locale locale,
                    Model model, HttpServletResponse response) {
        Optional<CourseEntry> entry = course.entry(id);
        if (entry.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("id", id);
            return "error/404";
        }
        if (entry.get() instanceof CourseEntry.Broken broken) {
            response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
            model.addAttribute("broken", broken);
            return "course/broken";
        }
        ExerciseView exercise = ExerciseView.of(((CourseEntry.Usable) entry.get()).exercise(), locale, dialect);
        model.addAttribute("exercise", exercise);
        return lab.render(LabPage.of(exercise, messages.getMessage("web.course", null, locale),
                messages.getMessage("web.chapter." + exercise.chapter().id(), null, locale)), locale, model);
    }
}
