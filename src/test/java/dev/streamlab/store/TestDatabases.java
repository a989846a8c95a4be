package dev.streamlab.store;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The databases tests run on: in-memory H2 by default (see {@code config/application.properties} of the tests), a
 * real PostgreSQL when {@code streamlab.test.postgres.url} (or {@code STREAMLAB_TEST_POSTGRES_URL}) names one. Each
 * use gets a schema of its own, so runs never see each other's rows.
 */
final class TestDatabases {

    private TestDatabases() {
    }

    static Optional<String> postgresUrl() {
        String url = System.getProperty("streamlab.test.postgres.url", System.getenv("STREAMLAB_TEST_POSTGRES_URL"));
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
    }

    static String postgresUser() {
        return setting("streamlab.test.postgres.user", "STREAMLAB_TEST_POSTGRES_USER", "streamlab");
    }

    static String postgresPassword() {
        return setting("streamlab.test.postgres.password", "STREAMLAB_TEST_POSTGRES_PASSWORD", "streamlab");
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property, System.getenv(variable));
        return value == null ? fallback : value;
    }

    static String freshSchema() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    /** The PostgreSQL URL whose connections work in {@code schema}. */
    static String postgresUrl(String schema) {
        String url = postgresUrl().orElseThrow();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static void usePostgres(DynamicPropertyRegistry registry, String schema) {
        registry.add("spring.datasource.url", () -> postgresUrl(schema));
        registry.add("spring.datasource.username", TestDatabases::postgresUser);
        registry.add("spring.datasource.password", TestDatabases::postgresPassword);
        registry.add("spring.flyway.schemas", () -> schema);
    }
}
