package dev.streamlab.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Students join a course with its code and a name; the resume token is their only credential. */
@Repository
public class Students {

    static final int MAX_NAME = 120;

    private final JdbcClient jdbc;
    private final Courses courses;
    private final SecureRandom random = new SecureRandom();

    Students(JdbcClient jdbc, Courses courses) {
        this.jdbc = jdbc;
        this.courses = courses;
    }

    /** A new student of the course, or empty when no course has that code. */
    public Optional<Student> join(String courseCode, String name) {
        String code = Courses.normalize(courseCode);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME) {
            throw new IllegalArgumentException("a name has 1 to " + MAX_NAME + " characters");
        }
        if (!courses.exists(code)) {
            return Optional.empty();
        }
        Student student = new Student(UUID.randomUUID().toString(), code, cleanName, newToken(), Timestamps.now());
        jdbc.sql("INSERT INTO student (id, course_code, name, resume_token, joined_at) VALUES (?, ?, ?, ?, ?)")
                .params(student.id(), code, cleanName, student.resumeToken(), Timestamps.param(student.joinedAt()))
                .update();
        return Optional.of(student);
    }

    public Optional<Student> byResumeToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM student WHERE resume_token = ?").param(token).query(Students::row).optional();
    }

    public Optional<Student> byId(String id) {
        return jdbc.sql("SELECT * FROM student WHERE id = ?").param(id).query(Students::row).optional();
    }

    public List<Student> all() {
        return jdbc.sql("SELECT * FROM student ORDER BY course_code, name, joined_at").query(Students::row).list();
    }

    private String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Student row(ResultSet row, int index) throws SQLException {
        return new Student(row.getString("id"), row.getString("course_code"), row.getString("name"),
                row.getString("resume_token"), Timestamps.read(row, "joined_at"));
    }
}
