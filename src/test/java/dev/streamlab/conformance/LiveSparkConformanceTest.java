package dev.streamlab.conformance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same comparison as {@link EngineConformanceTest}, against real Spark Streaming run now: a child process of
 * the Spark runner ({@code conformance/bin/spark Regenerate}) replays every pipeline × stream, then each run is
 * compared batch by batch with the engine, and with the committed golden file so that it cannot go stale.
 * Minutes long, so only on request: {@code ./mvnw test -Dtest=LiveSparkConformanceTest -Dconformance.live=true}.
 */
@EnabledIfSystemProperty(named = "conformance.live", matches = "true")
class LiveSparkConformanceTest {

    @TempDir
    static Path sparkOutput;

    @TestFactory
    Stream<DynamicTest> engineMatchesSparkRunNow() throws Exception {
        runSpark();
        List<DynamicTest> tests = new ArrayList<>();
        for (ConformanceRun run : ConformanceRun.readAll(EngineConformanceTest.CONFORMANCE.resolve("runs.txt"))) {
            tests.add(DynamicTest.dynamicTest(run.toString(), () -> {
                GoldenFile spark = GoldenFile.read(sparkOutput.resolve(run.goldenName()));
                assertThat(spark).as("the committed golden file of %s", run)
                        .isEqualTo(GoldenFile.read(EngineConformanceTest.golden(run)));
                EngineConformanceTest.compare(run, spark);
            }));
        }
        return tests.stream();
    }

    @AfterAll
    static void report() {
        System.out.println(EngineConformanceTest.summary());
    }

    private static void runSpark() throws IOException, InterruptedException {
        Path conformance = EngineConformanceTest.CONFORMANCE.toAbsolutePath();
        Process spark = new ProcessBuilder(conformance.resolve("bin/spark").toString(), "Regenerate",
                conformance.toString(), sparkOutput.toString())
                .inheritIO()
                .start();
        assertThat(spark.waitFor(60, TimeUnit.MINUTES)).as("the Spark runner finished").isTrue();
        assertThat(spark.exitValue()).as("the Spark runner's exit status").isZero();
        try (Stream<Path> outputs = Files.list(sparkOutput)) {
            assertThat(outputs.count()).isPositive();
        }
    }
}
