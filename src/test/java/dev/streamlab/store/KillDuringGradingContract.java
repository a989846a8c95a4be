package dev.streamlab.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lab server in its own JVM grades and stores submissions from four students at once and is killed as
 * {@code kill -9} does. Every submission it reported stored is still there, and every row is whole: its verdicts
 * parse and add up to its score, and the progress written in the same transaction counts exactly its attempts.
 */
abstract class KillDuringGradingContract {

    @TempDir
    Path folder;

    /** The Spring arguments that point the child at the database. */
    abstract List<String> databaseArgs();

    abstract Connection connect() throws SQLException;

    @Test
    void aServerKilledMidGradingLosesNoStoredSubmissionAndLeavesNoneHalfWritten() throws Exception {
        Set<String> reportedStored = new HashSet<>();
        try (ChildLab lab = new ChildLab(folder.resolve("lab.log"), true, databaseArgs().toArray(String[]::new))) {
            lab.port();
            while (reportedStored.size() < 40) {
                reportedStored.add(lab.await("stored ", 120));
            }
            lab.kill();
            lab.remaining().stream().filter(line -> line.startsWith("stored "))
                    .forEach(line -> reportedStored.add(line.substring(7)));
        }

        try (Connection db = connect(); Statement sql = db.createStatement()) {
            Map<String, Integer> attempts = new HashMap<>();
            Set<String> found = new HashSet<>();
            try (ResultSet rows = sql.executeQuery("SELECT * FROM submission")) {
                while (rows.next()) {
                    found.add(rows.getString("id"));
                    assertWhole(rows);
                    attempts.merge(rows.getString("student_id") + "/" + rows.getString("exercise_id"), 1,
                            Integer::sum);
                }
            }
            assertThat(found).containsAll(reportedStored);
            Map<String, Integer> counted = new HashMap<>();
            try (ResultSet rows = sql.executeQuery("SELECT * FROM progress")) {
                while (rows.next()) {
                    counted.put(rows.getString("student_id") + "/" + rows.getString("exercise_id"),
                            rows.getInt("attempts"));
                }
            }
            assertThat(counted).isEqualTo(attempts);
        }
    }

    private static void assertWhole(ResultSet row) throws SQLException {
        List<TestVerdict> verdicts = VerdictJson.read(row.getString("verdicts"));
        int passed = (int) verdicts.stream().filter(TestVerdict::passed).count();
        assertThat(row.getString("code")).isNotBlank();
        assertThat(verdicts).hasSize(row.getInt("total"));
        assertThat(row.getInt("passed")).isEqualTo(passed);
        assertThat(row.getDouble("score")).isEqualTo((double) passed / verdicts.size());
        assertThat(row.getObject("graded_at")).isNotNull();
    }
}
