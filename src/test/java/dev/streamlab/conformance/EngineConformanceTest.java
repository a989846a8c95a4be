package dev.streamlab.conformance;

import dev.streamlab.engine.source.StreamFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every pipeline × stream of {@code conformance/runs.txt} on StreamLab's engine against what real Spark Streaming
 * printed for it ({@code conformance/expected}, made by the Spark runner): every batch byte for byte, in order.
 */
class EngineConformanceTest {

    static final Path CONFORMANCE = Path.of("conformance");

    private static final AtomicInteger comparedBatches = new AtomicInteger();
    private static final AtomicInteger agreeingRuns = new AtomicInteger();

    @TestFactory
    Stream<DynamicTest> engineMatchesSparkOnEveryBatch() throws IOException {
        return ConformanceRun.readAll(CONFORMANCE.resolve("runs.txt")).stream()
                .map(run -> DynamicTest.dynamicTest(run.toString(),
                        () -> compare(run, GoldenFile.read(golden(run)))));
    }

    static Path golden(ConformanceRun run) {
        return CONFORMANCE.resolve("expected").resolve(run.goldenName());
    }

    @Test
    void everySparkPipelineHasAnEngineTwin() throws IOException {
        Set<String> listed = ConformanceRun.readAll(CONFORMANCE.resolve("runs.txt")).stream()
                .map(ConformanceRun::pipeline).collect(Collectors.toSet());
        Set<String> written = EnginePipelines.ALL.stream().map(EnginePipeline::name).collect(Collectors.toSet());
        assertThat(written).isEqualTo(listed);
        assertThat(listed).hasSizeGreaterThanOrEqualTo(40);
    }

    /** Compares one run; used with the committed golden files and with a fresh live Spark run alike. */
    static void compare(ConformanceRun run, GoldenFile spark) throws IOException {
        StreamFile input = StreamFile.read(CONFORMANCE.resolve("streams").resolve(run.stream() + ".stream"));
        GoldenFile engine = EngineRun.run(EnginePipelines.named(run.pipeline()), run.batchMs(), input,
                spark.batches().size());
        BatchComparison.firstDifference(spark, engine).ifPresent(difference -> fail(run + ": " + difference));
        comparedBatches.addAndGet(spark.batches().size());
        agreeingRuns.incrementAndGet();
    }

    @AfterAll
    static void report() {
        System.out.println(summary());
    }

    static String summary() {
        return "conformance: " + agreeingRuns.get() + " runs and " + comparedBatches.get()
                + " batches agree with Spark";
    }

}
