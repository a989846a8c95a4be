package dev.streamlab.conformance;

import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.engine.source.StreamRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The word count on the same stream file, in one run: Spark {@code local[2]} (a child process of the Spark runner's
 * {@code Benchmark}) and StreamLab's engine, each timed per batch from the clock's advance to the batch's end, the
 * median of 30 batches after 30 warm-up batches, for empty batches and for 10,000-line batches. Writes the table
 * to {@code target/conformance-speed.md}. Only on request: {@code -Dtest=SpeedComparisonTest -Dconformance.speed=true}.
 */
@EnabledIfSystemProperty(named = "conformance.speed", matches = "true")
class SpeedComparisonTest {

    private static final int BATCHES = 30;
    private static final Path STREAM = EngineConformanceTest.CONFORMANCE.resolve("bench/words_10000.stream");

    @Test
    void engineAndSparkSideBySide() throws Exception {
        Map<String, String> spark = sparkBenchmark();
        List<String> lines = StreamFile.read(STREAM).batches().get(0).records().stream()
                .map(StreamRecord::text).toList();
        long words = lines.stream().mapToLong(l -> l.split(" ").length).sum();
        assertThat(spark.get("loaded-words")).isEqualTo(Long.toString(words));

        EngineRun engine = new EngineRun(EnginePipelines.named("wordcount"), 1000);
        timeBatches(engine, lines);
        double engineLoaded = timeBatches(engine, lines);
        double engineEmpty = timeBatches(engine, List.of());

        double sparkEmpty = Double.parseDouble(spark.get("empty-median-ms"));
        double sparkLoaded = Double.parseDouble(spark.get("loaded-median-ms"));
        double engineRate = words / (engineLoaded / 1000);
        double sparkRate = words / (sparkLoaded / 1000);
        String table = String.join("\n",
                "Word count (`wordcount` pipeline) on `" + STREAM + "`: median of " + BATCHES + " batches after "
                        + BATCHES + " warm-up batches, both measured in one run on this machine.",
                "",
                "| measure | StreamLab engine | Spark " + spark.get("spark-version") + " local[2] | engine faster by |",
                "|---|---|---|---|",
                row("ms per empty batch", decimal("%.3f", engineEmpty), decimal("%.3f", sparkEmpty),
                        sparkEmpty / engineEmpty),
                row("ms per batch of " + lines.size() + " lines (" + words + " words)",
                        decimal("%.1f", engineLoaded), decimal("%.1f", sparkLoaded), sparkLoaded / engineLoaded),
                row("words per second", decimal("%,.0f", engineRate), decimal("%,.0f", sparkRate),
                        engineRate / sparkRate),
                "");
        System.out.println(table);
        Files.writeString(Path.of("target/conformance-speed.md"), table, StandardCharsets.UTF_8);
    }

    private static String row(String measure, String engine, String spark, double factor) {
        return "| " + measure + " | " + engine + " | " + spark + " | " + decimal("%.1f×", factor) + " |";
    }

    private static String decimal(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }

    /** The median milliseconds of {@link #BATCHES} batches of these lines. */
    private static double timeBatches(EngineRun engine, List<String> lines) {
        double[] millis = new double[BATCHES];
        for (int b = 0; b < BATCHES; b++) {
            millis[b] = engine.timeBatch(lines) / 1e6;
        }
        Arrays.sort(millis);
        return (millis[BATCHES / 2 - 1] + millis[BATCHES / 2]) / 2;
    }

    private static Map<String, String> sparkBenchmark() throws IOException, InterruptedException {
        Path conformance = EngineConformanceTest.CONFORMANCE.toAbsolutePath();
        Process spark = new ProcessBuilder(conformance.resolve("bin/spark").toString(), "Benchmark",
                conformance.resolve("bench/words_10000.stream").toString(), Integer.toString(BATCHES))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(spark.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(spark.waitFor(30, TimeUnit.MINUTES)).isTrue();
        assertThat(spark.exitValue()).as("the Spark benchmark's exit status").isZero();
        Map<String, String> values = new HashMap<>();
        out.lines().map(l -> l.split(" ", 2)).filter(kv -> kv.length == 2).forEach(kv -> values.put(kv[0], kv[1]));
        return values;
    }
}
