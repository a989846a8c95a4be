package dev.streamlab.store;

import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The kill test on PostgreSQL, when the build names one. */
class KillDuringGradingPostgresTest extends KillDuringGradingContract {

    private static final String SCHEMA = TestDatabases.freshSchema();

    @BeforeAll
    static void needsPostgres() {
        assumeTrue(TestDatabases.postgresUrl().isPresent(), "no PostgreSQL configured (streamlab.test.postgres.url)");
    }

    @Override
    List<String> databaseArgs() {
        return List.of("--spring.datasource.url=" + TestDatabases.postgresUrl(SCHEMA),
                "--spring.datasource.username=" + TestDatabases.postgresUser(),
                "--spring.datasource.password=" + TestDatabases.postgresPassword(),
                "--spring.flyway.schemas=" + SCHEMA);
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(TestDatabases.postgresUrl(SCHEMA), TestDatabases.postgresUser(),
                TestDatabases.postgresPassword());
    }
}
