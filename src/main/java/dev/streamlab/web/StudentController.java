package dev.streamlab.web;

import dev.streamlab.exercise.Course;
import dev.streamlab.store.ProgressQuery;
import dev.streamlab.store.Student;
import dev.streamlab.store.Students;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Locale;
import java.util.Optional;

/** Joining a course, resuming on another browser, and the student's own page with their resume link. */
@Controller
class StudentController {

    private final Students students;
    private final StudentCookie cookie;
    private final ProgressQuery progress;
    private final Course course;

    StudentController(Students students, StudentCookie cookie, ProgressQuery progress, Course course) {
        this.course = course;
        this.students = students;
        this.cookie = cookie;
        this.progress = progress;
    }

    @GetMapping("/join")
    String joinPage() {
        return "people/join";
    }

    @PostMapping("/join")
    String join(@RequestParam String course, @RequestParam String name, Model model, HttpServletResponse response) {
        if (name.isBlank() || name.strip().length() > 120) {
            return joinError("join.error.name", course, name, model);
        }
        Optional<Student> joined = students.join(course, name);
        if (joined.isEmpty()) {
            return joinError("join.error.course", course, name, model);
        }
        cookie.keep(joined.get(), response);
        return "redirect:/me";
    }

    private static String joinError(String key, String course, String name, Model model) {
        model.addAttribute("error", key);
        model.addAttribute("course", course);
        model.addAttribute("name", name);
        return "people/join";
    }

    @GetMapping("/resume/{token}")
    String resume(@PathVariable String token, HttpServletResponse response) {
        Optional<Student> student = students.byResumeToken(token);
        student.ifPresent(s -> cookie.keep(s, response));
        return student.isPresent() ? "redirect:/me" : "redirect:/join?unknown";
    }

    @GetMapping("/me")
    String me(HttpServletRequest request, Model model, Locale locale) {
        Optional<Student> student = cookie.student(request);
        if (student.isEmpty()) {
            return "redirect:/join";
        }
        model.addAttribute("student", student.get());
        model.addAttribute("resumeLink", ServletUriComponentsBuilder.fromContextPath(request)
                .path("/resume/{token}").buildAndExpand(student.get().resumeToken()).toUriString());
        model.addAttribute("progress", progress.ofStudent(student.get().id()).values());
        model.addAttribute("titles", course.titles(locale));
        return "people/me";
    }

    /** A plain submit form; the lab page carries the same Submit (static/js/submission.js) beside its editor. */
    @GetMapping("/submit/{exerciseId}")
    String submitPage(@PathVariable String exerciseId, HttpServletRequest request, Model model) {
        model.addAttribute("exerciseId", exerciseId);
        model.addAttribute("student", cookie.student(request).orElse(null));
        return "people/submit";
    }
}
