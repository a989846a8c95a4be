package dev.streamlab.store;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Locale;

/** Course codes students join with; the instructor creates them or lists them in {@code streamlab.courses}. */
@Repository
public class Courses {

    private final JdbcClient jdbc;

    Courses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Codes are compared without case and spaces, as students type them from a board. */
    public static String normalize(String code) {
        return code == null ? "" : code.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** Creates the course unless it exists (another instance may create it at the same moment). */
    public String ensure(String code) {
        String normalized = normalize(code);
        if (normalized.isEmpty() || normalized.length() > 64) {
            throw new IllegalArgumentException("a course code has 1 to 64 characters: " + code);
        }
        if (!exists(normalized)) {
            try {
                jdbc.sql("INSERT INTO course (code, created_at) VALUES (?, ?)")
                        .params(normalized, Timestamps.param(Timestamps.now())).update();
            } catch (DuplicateKeyException alreadyThere) {
                return normalized;
            }
        }
        return normalized;
    }

    public boolean exists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM course WHERE code = ?").param(normalize(code))
                .query(Integer.class).single() > 0;
    }

    public List<String> all() {
        return jdbc.sql("SELECT code FROM course ORDER BY code").query(String.class).list();
    }
}
