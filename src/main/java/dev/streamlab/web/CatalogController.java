package dev.streamlab.web;

import dev.streamlab.exercise.Catalog;
import dev.streamlab.exercise.Course;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Locale;

/** The course's front page: chapters and exercises in the student's language, and the playground. */
@Controller
class CatalogController {

    private final Course course;

    CatalogController(Course course) {
        this.course = course;
    }

    @GetMapping("/")
    String catalog(Locale locale, Model model) {
        model.addAttribute("catalog", Catalog.of(course, locale));
        return "course/catalog";
    }
}
