package dev.streamlab.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The kill test on the default database: an H2 file with the application's settings, reopened after the kill as the
 * next start would. (With H2's default write delay this test loses the last committed submissions.)
 */
class KillDuringGradingH2Test extends KillDuringGradingContract {

    private String url() {
        return "jdbc:h2:file:" + folder.resolve("streamlab").toAbsolutePath() + ";WRITE_DELAY=0";
    }

    @Override
    List<String> databaseArgs() {
        return List.of("--spring.datasource.url=" + url());
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "sa", "");
    }
}
