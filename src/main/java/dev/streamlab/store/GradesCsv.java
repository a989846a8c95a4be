package dev.streamlab.store;

import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The grades as CSV (RFC 4180): one row per student and exercise they submitted. */
@Service
public class GradesCsv {

    static final String HEADER = "course,student,student_id,exercise,attempts,best_score,passed,"
            + "first_submitted_at,passed_at";

    private final Students students;
    private final ProgressQuery progress;

    GradesCsv(Students students, ProgressQuery progress) {
        this.students = students;
        this.progress = progress;
    }

    public void write(Writer out) {
        Map<String, Student> byId = students.all().stream()
                .collect(Collectors.toMap(Student::id, Function.identity()));
        try {
            out.write(HEADER + "\r\n");
            for (Progress p : progress.all()) {
                Student student = byId.get(p.studentId());
                out.write(String.join(",", field(student.courseCode()), field(student.name()), student.id(),
                        field(p.exerciseId()), Integer.toString(p.attempts()),
                        String.format(Locale.ROOT, "%.4f", p.bestScore()), Boolean.toString(p.passed()),
                        p.firstSubmittedAt().toString(), p.passedAt() == null ? "" : p.passedAt().toString()));
                out.write("\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quotes when needed, and defuses text a spreadsheet would run as a formula (names are typed by students). */
    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
