package dev.streamlab.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Graded submissions. {@link #save} writes the submission and the student's progress in one transaction, so a
 * server killed at any moment leaves either both or neither.
 */
@Repository
public class Submissions {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final boolean embeddedH2;

    Submissions(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.embeddedH2 = isH2(dataSource);
    }

    private static boolean isH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("H2");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }

    public void save(StoredSubmission s) {
        if (embeddedH2) {
            // H2 may leave a commit in memory while another thread writes its file (MVStore's tryCommit), and a
            // checkpoint that finds the file busy writes nothing: a kill -9 then loses a submission reported
            // stored. One save at a time, each written by its own checkpoint, leaves none in memory only.
            synchronized (this) {
                insert(s);
                jdbc.sql("CHECKPOINT").update();
            }
        } else {
            insert(s);
        }
    }

    private void insert(StoredSubmission s) {
        transaction.executeWithoutResult(status -> {
            // Serializes the submissions of one student across instances, so two attempts never race on progress.
            jdbc.sql("SELECT id FROM student WHERE id = ? FOR UPDATE").param(s.studentId()).query(String.class)
                    .single();
            jdbc.sql("""
                    INSERT INTO submission (id, student_id, exercise_id, dialect, code, submitted_at, graded_at,
                        stream_seed, score, passed, total, verdict, detail, verdicts)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(s.id(), s.studentId(), s.exerciseId(), s.dialect(), s.code(),
                            Timestamps.param(s.submittedAt()), Timestamps.param(s.gradedAt()), s.streamSeed(),
                            s.score(), s.passed(), s.total(), s.verdict(), s.detail(),
                            VerdictJson.write(s.verdicts()))
                    .update();
            recordProgress(s);
        });
    }

    private void recordProgress(StoredSubmission s) {
        String passedAt = s.allPassed() ? "COALESCE(passed_at, ?)" : "passed_at";
        var update = jdbc.sql("UPDATE progress SET attempts = attempts + 1, best_score = GREATEST(best_score, ?), "
                        + "passed_at = " + passedAt + " WHERE student_id = ? AND exercise_id = ?")
                .param(s.score());
        if (s.allPassed()) {
            update = update.param(Timestamps.param(s.gradedAt()));
        }
        int updated = update.param(s.studentId()).param(s.exerciseId()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO progress (student_id, exercise_id, attempts, best_score, first_submitted_at, "
                            + "passed_at) VALUES (?, ?, 1, ?, ?, ?)")
                    .params(s.studentId(), s.exerciseId(), s.score(), Timestamps.param(s.submittedAt()),
                            Timestamps.param(s.allPassed() ? s.gradedAt() : null))
                    .update();
        }
    }

    public Optional<StoredSubmission> byId(String id) {
        return jdbc.sql("SELECT * FROM submission WHERE id = ?").param(id).query(Submissions::row).optional();
    }

    public List<StoredSubmission> ofStudent(String studentId) {
        return jdbc.sql("SELECT * FROM submission WHERE student_id = ? ORDER BY exercise_id, submitted_at")
                .param(studentId).query(Submissions::row).list();
    }

    public List<StoredSubmission> all() {
        return jdbc.sql("SELECT * FROM submission ORDER BY exercise_id, submitted_at").query(Submissions::row)
                .list();
    }

    private static StoredSubmission row(ResultSet row, int index) throws SQLException {
        return new StoredSubmission(row.getString("id"), row.getString("student_id"), row.getString("exercise_id"),
                row.getString("dialect"), row.getString("code"), Timestamps.read(row, "submitted_at"),
                Timestamps.read(row, "graded_at"), row.getLong("stream_seed"), row.getDouble("score"),
                row.getInt("passed"), row.getInt("total"), row.getString("verdict"), row.getString("detail"),
                VerdictJson.read(row.getString("verdicts")));
    }
}
