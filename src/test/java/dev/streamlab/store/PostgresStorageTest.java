package dev.streamlab.store;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Storage on a real PostgreSQL, when the build names one ({@code .ci/run} starts Debian's). */
class PostgresStorageTest extends StorageContract {

    private static final String SCHEMA = TestDatabases.freshSchema();

    @BeforeAll
    static void needsPostgres() {
        assumeTrue(TestDatabases.postgresUrl().isPresent(), "no PostgreSQL configured (streamlab.test.postgres.url)");
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        if (TestDatabases.postgresUrl().isPresent()) {
            TestDatabases.usePostgres(registry, SCHEMA);
        }
    }
}
