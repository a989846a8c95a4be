package dev.streamlab.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where students stand: for the catalog (one student) and the dashboard (everyone). */
@Repository
public class ProgressQuery {

    private final JdbcClient jdbc;

    ProgressQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The student's progress by exercise id; an exercise never submitted has no entry. */
    public Map<String, Progress> ofStudent(String studentId) {
        Map<String, Progress> byExercise = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM progress WHERE student_id = ? ORDER BY exercise_id").param(studentId)
                .query(ProgressQuery::row).list().forEach(p -> byExercise.put(p.exerciseId(), p));
        return byExercise;
    }

    public List<Progress> all() {
        return jdbc.sql("SELECT * FROM progress ORDER BY exercise_id, student_id").query(ProgressQuery::row).list();
    }

    private static Progress row(ResultSet row, int index) throws SQLException {
        return new Progress(row.getString("student_id"), row.getString("exercise_id"), row.getInt("attempts"),
                row.getDouble("best_score"), Timestamps.read(row, "first_submitted_at"),
                Timestamps.read(row, "passed_at"));
    }
}
