package dev.streamlab.web;

import dev.streamlab.exercise.Course;
import dev.streamlab.exercise.Exercise;
import dev.streamlab.store.Courses;
import dev.streamlab.store.Dashboard;
import dev.streamlab.store.GradesCsv;
import dev.streamlab.store.Students;
import dev.streamlab.store.Submissions;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The instructor's side: sign-in, the dashboard, one student's submissions, the grades as CSV. */
@Controller
class InstructorController {

    private final Dashboard dashboard;
    private final Courses courses;
    private final Students students;
    private final Submissions submissions;
    private final GradesCsv grades;
    private final Course course;

    InstructorController(Dashboard dashboard, Courses courses, Students students, Submissions submissions,
                         GradesCsv grades, Course course) {
        this.dashboard = dashboard;
        this.courses = courses;
        this.students = students;
        this.submissions = submissions;
        this.grades = grades;
        this.course = course;
    }

    @GetMapping("/instructor/login")
    String login() {
        return "instructor/login";
    }

    @GetMapping("/instructor")
    String dashboard(Model model, Locale locale) {
        model.addAttribute("titles", course.titles(locale));
        model.addAttribute("courses", courses.all());
        model.addAttribute("exercises", dashboard.exercises());
        model.addAttribute("heatMaps", dashboard.heatMaps());
        model.addAttribute("students", dashboard.students());
        return "instructor/dashboard";
    }

    @PostMapping("/instructor/courses")
    String createCourse(@RequestParam String code) {
        try {
            courses.ensure(code);
        } catch (IllegalArgumentException invalid) {
            return "redirect:/instructor?invalidCode";
        }
        return "redirect:/instructor";
    }

    @GetMapping("/instructor/students/{id}")
    String student(@PathVariable String id, Model model, Locale locale) {
        model.addAttribute("titles", course.titles(locale));
        model.addAttribute("student", students.byId(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("submissions", submissions.ofStudent(id));
        return "instructor/student";
    }

    /** The exercise's reference solutions: for instructors only, never on a student's page. */
    @GetMapping("/instructor/exercises/{id}")
    String exercise(@PathVariable String id, Model model, Locale locale) {
        Exercise exercise = course.exercise(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, String> references = new LinkedHashMap<>();
        exercise.dialects().forEach(d -> references.put(d.name().toLowerCase(Locale.ROOT), exercise.solution(d)));
        model.addAttribute("exerciseId", id);
        model.addAttribute("title", exercise.title(locale));
        model.addAttribute("references", references);
        return "instructor/exercise";
    }

    @GetMapping("/instructor/grades.csv")
    void gradesCsv(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"streamlab-grades.csv\"");
        grades.write(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }
}
