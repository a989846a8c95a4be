package dev.streamlab.store;

import dev.streamlab.StreamLabApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two lab instances on one database, as behind a sticky load balancer: one in a child JVM, one in this JVM. A student
 * joins and submits on the first; the second knows them by their resume link and shows the stored submission. On
 * PostgreSQL when the build names one, else on an H2 file in AUTO_SERVER mode (the second process connects to the
 * first's database over TCP).
 */
class TwoInstancesShareOneDatabaseTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    private List<String> databaseArgs() {
        if (TestDatabases.postgresUrl().isPresent()) {
            String schema = TestDatabases.freshSchema();
            return List.of("--spring.datasource.url=" + TestDatabases.postgresUrl(schema),
                    "--spring.datasource.username=" + TestDatabases.postgresUser(),
                    "--spring.datasource.password=" + TestDatabases.postgresPassword(),
                    "--spring.flyway.schemas=" + schema);
        }
        return List.of("--spring.datasource.url=jdbc:h2:file:" + folder.resolve("shared").toAbsolutePath()
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
    }

    @Test
    void aSubmissionMadeOnOneInstanceIsSeenOnTheOther() throws Exception {
        List<String> args = new ArrayList<>(databaseArgs());
        args.add("--streamlab.courses=SHARED");
        try (ChildLab first = new ChildLab(folder.resolve("first.log"), false, args.toArray(String[]::new))) {
            String a = "http://localhost:" + first.port();
            args.add("--server.port=0");
            try (ConfigurableApplicationContext second = new SpringApplicationBuilder(StreamLabApplication.class)
                    .run(args.toArray(String[]::new))) {
                String b = "http://localhost:" + ((WebServerApplicationContext) second).getWebServer().getPort();

                LabHttp onA = new LabHttp();
                HttpResponse<String> me = onA.postForm(a + "/join", a + "/join", "course=shared&name=Ada");
                assertThat(me.body()).contains("Ada");
                String resume = me.body().replaceAll("(?s).*id=\"resume-link\" href=\"[^\"]*(/resume/[^\"]+)\".*",
                        "$1");
                JsonNode accepted = JSON.readTree(onA.postJson(a + "/api/exercises/word-count/submissions",
                        JSON.writeValueAsString(Map.of("dialect", "scala", "code", Programs.WORD_COUNT_RIGHT)))
                        .body());
                String id = accepted.get("id").asString();
                JsonNode onFirst = awaitDone(onA, a + "/api/submissions/" + id);
                assertThat(onFirst.get("score").asDouble()).isEqualTo(1.0);

                LabHttp onB = new LabHttp();
                assertThat(onB.get(b + resume).body()).contains("Ada").contains("word-count");
                JsonNode onSecond = JSON.readTree(onB.get(b + "/api/submissions/" + id).body());
                assertThat(onSecond.get("state").asString()).isEqualTo("done");
                assertThat(onSecond.get("verdicts")).isEqualTo(onFirst.get("verdicts"));
            }
        }
    }

    private static JsonNode awaitDone(LabHttp http, String url) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            JsonNode status = JSON.readTree(http.get(url).body());
            if ("done".equals(status.get("state").asString())) {
                return status;
            }
        }
        throw new AssertionError("submission not graded within 30 s: " + url);
    }
}
