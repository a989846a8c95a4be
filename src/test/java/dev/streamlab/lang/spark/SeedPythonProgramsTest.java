package dev.streamlab.lang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Python program of the course seeds, as the lessons print it, run on what the students type. Expected outputs
 * follow the spec: pprint layout (§3.2), reduce partition {@code hash(word) % 2} under {@code PYTHONHASHSEED=0} and
 * first-arrival order inside a partition (§6.4), updateStateByKey's previous state before new data (§2.4), and a
 * 20 s window sliding every 10 s recomputed from the per-batch counts because W < 5·S (§2.3).
 */
class SeedPythonProgramsTest {

    private static final String SEEDS = "/seeds/python/";

    @TempDir
    Path folder;

    private SparkProgram run(String program, String stream, Integer batches, String... args) {
        return SparkProgram.run(program, SparkProgram.resource(SEEDS + program),
                stream == null ? null : SparkProgram.resource(SEEDS + stream), batches, folder, args);
    }

    private static String expected(String name) {
        return SparkProgram.resource(SEEDS + name);
    }

    @Test
    void statelessWordCountOfSeed001PrintsEachBatchOnItsOwn() {
        SparkProgram run = run("001_spark_streaming_stateless.py", "001_spark_streaming_stateless.stream", 4)
                .succeeded();
        assertThat(run.stdout()).isEqualTo(expected("001_spark_streaming_stateless.out"));
        assertThat(run.err).isEmpty();
    }

    @Test
    void statefulFragmentOfSeed001StopsWhereTheLessonElidesItsContext() {
        SparkProgram run = run("001_spark_streaming_stateful.py", null, null);
        assertThat(run.error()).contains("001_spark_streaming_stateful.py:4:1: NameError: name 'ssc' is not defined");
    }

    @Test
    void statefulWordCountOfSeed001KeepsEveryKeyAcrossBatches() {
        SparkProgram run = run("001_spark_streaming_stateful_completed.py", "001_spark_streaming_stateful.stream",
                null).succeeded();
        assertThat(run.stdout()).isEqualTo(expected("001_spark_streaming_stateful_completed.out"));
    }

    @Test
    void windowedFragmentOfSeed001StopsWhereTheLessonElidesItsContext() {
        SparkProgram run = run("001_spark_streaming_window.py", null, null);
        assertThat(run.error()).contains("001_spark_streaming_window.py:4:1: NameError: name 'ssc' is not defined");
    }

    @Test
    void windowedWordCountOfSeed001RecomputesEachWindowSoNoZeroCountsLinger() {
        SparkProgram run = run("001_spark_streaming_window_completed.py", "001_spark_streaming_window.stream", null)
                .succeeded();
        assertThat(run.stdout()).isEqualTo(expected("001_spark_streaming_window_completed.out"))
                .doesNotContain(", 0)");
    }

    @Test
    void tcpServerOfSeed001IsRefusedAtItsSocketImport() {
        SparkProgram run = run("001_tcp_server.py", null, null);
        assertThat(run.error()).startsWith("001_tcp_server.py:4:8: the lab cannot provide socket");
        assertThat(run.out).isEmpty();
    }

    @Test
    void reviewsSentAsJsonLinesAreCountedByTheirReviewText() {
        SparkProgram run = run("001_spark_streaming_reviews_completed.py", "001_spark_streaming_reviews.stream", null)
                .succeeded();
        assertThat(run.stdout()).isEqualTo(expected("001_spark_streaming_reviews_completed.out"));
    }

    @Test
    void shellWordCountOfSeed002UsesThePysparkShellsContext() {
        SparkProgram run = run("002_pyspark_streaming.py", "002_pyspark_streaming.stream", null).succeeded();
        assertThat(run.stdout()).isEqualTo(expected("002_pyspark_streaming.out"));
    }

    @Test
    void networkWordCountOfSeed004ReadsHostAndPortFromItsArguments() {
        SparkProgram run = run("004_network_wordcount.py", "004_network_wordcount.stream", 7, "localhost", "9999")
                .succeeded();
        assertThat(run.stdout()).isEqualTo(expected("004_network_wordcount.out"));
    }
}
