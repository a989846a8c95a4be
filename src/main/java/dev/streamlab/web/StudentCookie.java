package dev.streamlab.web;

import dev.streamlab.store.Student;
import dev.streamlab.store.Students;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

import java.time.Duration;
import java.util.Optional;

/** The cookie that keeps a student on this browser: it holds their resume token. */
@Component
public class StudentCookie {

    static final String NAME = "streamlab-student";

    private final Students students;

    StudentCookie(Students students) {
        this.students = students;
    }

    public Optional<Student> student(HttpServletRequest request) {
        var cookie = WebUtils.getCookie(request, NAME);
        return cookie == null ? Optional.empty() : students.byResumeToken(cookie.getValue());
    }

    void keep(Student student, HttpServletResponse response) {
        ResponseCookie cookie = ResponseCookie.from(NAME, student.resumeToken()).path("/").httpOnly(true)
                .sameSite("Lax").maxAge(Duration.ofDays(365)).build();
        response.addHeader("Set-Cookie", cookie.toString());
    }
}
