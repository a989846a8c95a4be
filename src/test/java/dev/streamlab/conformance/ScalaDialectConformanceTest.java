package dev.streamlab.conformance;

import dev.streamlab.engine.OutputSink;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.lang.Dialect;
import dev.streamlab.lang.spark.ProgramRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The whole product against real Spark: each conformance pipeline as the program a student writes
 * ({@code conformance/programs/NAME.scala}, the Spark runner's pipeline in a {@code main} with
 * {@code socketTextStream}), run by the Scala dialect on the engine over the same stream files, must print what Spark
 * printed ({@code conformance/expected}), byte for byte, and fail where Spark failed.
 */
class ScalaDialectConformanceTest {

    private static final Path PROGRAMS = EngineConformanceTest.CONFORMANCE.resolve("programs");
    private static final AtomicInteger comparedBatches = new AtomicInteger();
    private static final AtomicInteger agreeingRuns = new AtomicInteger();

    @TempDir
    static Path sessionFolder;

    @TestFactory
    Stream<DynamicTest> scalaProgramsPrintWhatSparkPrinted() throws IOException {
        return ConformanceRun.readAll(EngineConformanceTest.CONFORMANCE.resolve("runs.txt")).stream()
                .map(run -> DynamicTest.dynamicTest(run.toString(), () -> compare(run)));
    }

    @Test
    void everySparkPipelineHasAScalaProgram() throws IOException {
        Set<String> listed = ConformanceRun.readAll(EngineConformanceTest.CONFORMANCE.resolve("runs.txt")).stream()
                .map(ConformanceRun::pipeline).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".scala", "")).collect(Collectors.toSet()))
                    .isEqualTo(listed);
        }
    }

    /** Each run has a folder of its own, as each run of the lab has: a watched folder starts empty. */
    private static Path runFolder(ConformanceRun run) throws IOException {
        return Files.createDirectories(sessionFolder.resolve(run.pipeline() + "__" + run.stream()));
    }

    private static void compare(ConformanceRun run) throws IOException {
        GoldenFile spark = GoldenFile.read(EngineConformanceTest.golden(run));
        String fileName = run.pipeline() + ".scala";
        StringBuilder stdout = new StringBuilder();
        ProgramRun.Outcome outcome = ProgramRun.run(new ProgramRun.Request(
                Files.readString(PROGRAMS.resolve(fileName), StandardCharsets.UTF_8), fileName, Dialect.SCALA,
                List.of(), StreamFile.read(EngineConformanceTest.CONFORMANCE.resolve("streams")
                        .resolve(run.stream() + ".stream")),
                spark.batches().size(), terminal(stdout), ZoneId.of("UTC"), runFolder(run), null, null));
        String error = outcome.error() == null ? null : outcome.error().message(Locale.ENGLISH);
        firstDifference(spark, stdout.toString()).ifPresent(difference -> fail(run + ": " + difference
                + (error == null ? "" : "\n--- the dialect's error: " + error)));
        if (spark.error() == null) {
            assertThat(error).as("%s: the dialect's error", run).isNull();
        } else {
            assertThat(error).as("%s: the dialect's error", run).contains(spark.error());
        }
        comparedBatches.addAndGet(spark.batches().size());
        agreeingRuns.incrementAndGet();
    }

    /**
     * The program's stdout has no batch markers, so the batches are found on Spark's side: the first batch whose
     * text the program's output does not continue with, shown with what the program printed from there on.
     */
    private static Optional<String> firstDifference(GoldenFile spark, String program) {
        int offset = 0;
        for (int b = 0; b < spark.batches().size(); b++) {
            String expected = spark.batches().get(b);
            if (!program.startsWith(expected, offset)) {
                int end = Math.min(program.length(), offset + expected.length() + 200);
                String printed = program.substring(offset, end);
                return Optional.of("batch " + (b + 1) + " differs\n--- Spark printed:\n" + expected
                        + "--- the Scala program printed:\n" + printed);
            }
            offset += expected.length();
        }
        if (offset != program.length()) {
            return Optional.of("after the last batch the program printed more:\n" + program.substring(offset));
        }
        return Optional.empty();
    }

    private static OutputSink terminal(StringBuilder stdout) {
        return new OutputSink() {
            @Override
            public void out(String line) {
                stdout.append(new String((line + "\n").getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
            }

            @Override
            public void err(String line) {
                // stderr holds warnings and the error, which the comparison checks apart
            }
        };
    }

    @AfterAll
    static void report() {
        System.out.println("Scala dialect conformance: " + agreeingRuns.get() + " runs and " + comparedBatches.get()
                + " batches agree with Spark");
    }
}
