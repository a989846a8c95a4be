package dev.streamlab.lang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coverage corpus's Scala programs on real Scala and real Spark: each program the lab runs is compiled by the
 * Scala 2.13 compiler and run on Spark Streaming 4.1 by {@code conformance/bin/spark CorpusRunner}, over the same
 * stream and for as many batches as the lab ran, and what it printed must be what the lab printed and what the
 * committed {@code NAME.out} holds ({@link CorpusProgramsTest} compares the lab with that file in every build).
 * {@code -Dcorpus.write=true} writes the files instead. Minutes long, so only on request:
 * {@code ./mvnw test -Dtest=CorpusOnSparkTest -Dconformance.live=true}.
 */
@EnabledIfSystemProperty(named = "conformance.live", matches = "true")
class CorpusOnSparkTest {

    private static final Path CONFORMANCE = Path.of("conformance");

    @TempDir
    Path folder;

    @Test
    void everyScalaCorpusProgramPrintsWhatSparkPrints() throws IOException, InterruptedException {
        Map<CorpusProgram, SparkProgram> lab = new LinkedHashMap<>();
        StringBuilder plan = new StringBuilder();
        for (CorpusProgram program : CorpusProgram.all()) {
            if (!program.isScala() || program.refused() != null || program.notCompared() != null) {
                continue;
            }
            SparkProgram run = program.runInLab(Files.createDirectories(folder.resolve(program.name())));
            run.succeeded();
            lab.put(program, run);
            plan.append(program.file().toAbsolutePath()).append('\t').append(program.stream().toAbsolutePath())
                    .append('\t').append(run.reports().size()).append('\n');
        }
        Path planFile = Files.writeString(folder.resolve("plan.tsv"), plan.toString(), StandardCharsets.UTF_8);
        Path sparkOutput = folder.resolve("spark");
        Process spark = new ProcessBuilder(CONFORMANCE.toAbsolutePath().resolve("bin/spark").toString(),
                "CorpusRunner", planFile.toString(), sparkOutput.toString()).inheritIO().start();
        assertThat(spark.waitFor(30, TimeUnit.MINUTES)).as("the Spark runner finished").isTrue();
        assertThat(spark.exitValue()).as("the Spark runner's exit status").isZero();

        Map<String, String> results = new LinkedHashMap<>();
        for (String line : Files.readAllLines(sparkOutput.resolve("results.tsv"), StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t", 2);
            results.put(fields[0], fields[1]);
        }
        boolean write = Boolean.getBoolean("corpus.write");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<CorpusProgram, SparkProgram> entry : lab.entrySet()) {
            CorpusProgram program = entry.getKey();
            String result = results.get(program.name());
            if (!"ok".equals(result)) {
                problems.add(program.file() + ": on real Scala and Spark: " + result);
                continue;
            }
            String printed = Files.readString(sparkOutput.resolve(program.name() + ".out"), StandardCharsets.UTF_8);
            if (!printed.equals(entry.getValue().stdout())) {
                problems.add(program.file() + ": the lab printed\n" + entry.getValue().stdout() + "but Spark printed\n"
                        + printed);
            } else if (write) {
                Files.writeString(program.expected(), printed, StandardCharsets.UTF_8);
            } else if (!Files.exists(program.expected())
                    || !printed.equals(Files.readString(program.expected(), StandardCharsets.UTF_8))) {
                problems.add(program.expected() + " is not what Spark prints now (-Dcorpus.write=true rewrites it)");
            }
        }
        System.out.printf("corpus on Spark: %d Scala programs compiled and run by Scala and Spark, %d problems%n",
                lab.size(), problems.size());
        assertThat(problems).isEmpty();
    }
}
