package dev.streamlab.lang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Scala program of the seed lessons (000, 003, 004), unmodified, on the input the lesson types into nc, prints
 * what Spark prints. Fragments run inside the scaffold named by their {@code .scaffold} file; programs with a
 * {@code ...} elision run as the lesson wrote them (the lab points at the elision) and, completed as the lesson
 * describes, as {@code _completed}; the blocks TransformationsTest leaves commented out run uncommented, one by one,
 * as {@code _uncommented}. Resources: {@code src/test/resources/seeds/scala}.
 */
class SeedScalaProgramsTest {

    private final ScalaProgramRunner runner = new ScalaProgramRunner("seeds/scala");

    private void printsWhatSparkPrints(String name) {
        ScalaProgramRunner.Result result = runner.run(name);
        assertThat(result.error()).as("error of " + name).isNull();
        assertThat(result.stdout()).isEqualTo(runner.expected(name + ".out"));
    }

    private void failsWithExpectedError(String name) {
        ScalaProgramRunner.Result result = runner.run(name);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.status()).isNotZero();
        assertThat(result.error()).isEqualTo(runner.expected(name + ".err"));
    }

    // seed 000 (French): checkpointing and windows

    @Test
    void workshop9PrintsTheWordCountOfTheLastMinuteEveryTwentySeconds() {
        printsWhatSparkPrints("s000_workshop9");
    }

    @Test
    void workshop7AsGivenPointsAtTheElisionToFillIn() {
        failsWithExpectedError("s000_workshop7");
    }

    @Test
    void workshop7CompletedCountsEachWordOverThirtySecondsWithAnInverseReduce() {
        printsWhatSparkPrints("s000_workshop7_completed");
    }

    @Test
    void workshop7CompletedWithATumblingWindowFailsAsSparkDoesOnItsCheckpointInterval() {
        failsWithExpectedError("s000_workshop7_completed_tumbling");
    }

    // seed 003 (Simplified Chinese): the DStream API tour

    @Test
    void quickExampleCountsTheWordsOfEachFiveSecondBatch() {
        printsWhatSparkPrints("s003_quick_example");
    }

    @Test
    void fileStreamSnippetSaysTheLabHasNoDirectoryToWatch() {
        failsWithExpectedError("s003_file_stream");
    }

    @Test
    void rddQueueSnippetSaysTheLabReadsNoFiles() {
        failsWithExpectedError("s003_rdd_queue");
    }

    @Test
    void kafkaProgramStopsAtItsFirstKafkaImport() {
        failsWithExpectedError("s003_kafka");
    }

    @Test
    void updateStateByKeyPrintsEachKeysValuesAndStateThenTheRunningCounts() {
        printsWhatSparkPrints("s003_update_state_by_key");
    }

    @Test
    void transformationsTestRunsItsMapWithStateCount() {
        printsWhatSparkPrints("s003_transformations_test");
    }

    @Test
    void transformationsTestBasicOperatorsUncommented() {
        printsWhatSparkPrints("s003_tt_basic_ops_uncommented");
    }

    @Test
    void transformationsTestUnionOfTwoSocketsUncommented() {
        printsWhatSparkPrints("s003_tt_union_uncommented");
    }

    @Test
    void transformationsTestCountUncommented() {
        printsWhatSparkPrints("s003_tt_count_uncommented");
    }

    @Test
    void transformationsTestNumericReduceUncommented() {
        printsWhatSparkPrints("s003_tt_reduce_uncommented");
    }

    @Test
    void transformationsTestCountByValueUncommented() {
        printsWhatSparkPrints("s003_tt_count_by_value_uncommented");
    }

    @Test
    void transformationsTestJoinOfTwoSocketsUncommented() {
        printsWhatSparkPrints("s003_tt_join_uncommented");
    }

    @Test
    void transformationsTestCogroupOfTwoSocketsUncommented() {
        printsWhatSparkPrints("s003_tt_cogroup_uncommented");
    }

    @Test
    void transformationsTestBlacklistJoinWithMakeRddUncommented() {
        printsWhatSparkPrints("s003_tt_blacklist_uncommented");
    }

    @Test
    void transformationsTestUpdateStateByKeyUncommented() {
        printsWhatSparkPrints("s003_tt_update_state_uncommented");
    }

    @Test
    void mapWithStateEmitsEachWordsNewTotal() {
        printsWhatSparkPrints("s003_map_with_state");
    }

    @Test
    void recoveryFromCheckpointCreatesTheContextThroughGetOrCreate() {
        printsWhatSparkPrints("s003_recovery_checkpoint");
    }

    @Test
    void windowWordCountPrintsTheLastTenSecondsEveryFive() {
        printsWhatSparkPrints("s003_window_word_count");
    }

    @Test
    void windowWordCountWithItsCommentedInverseReduceUncommented() {
        printsWhatSparkPrints("s003_window_word_count_inverse_uncommented");
    }

    @Test
    void streamToStreamLeftOuterJoinPrintsFromEachPartition() {
        printsWhatSparkPrints("s003_stream_to_stream_join");
    }

    @Test
    void streamToRddJoinAsGivenPointsAtTheElision() {
        failsWithExpectedError("s003_stream_rdd_join");
    }

    @Test
    void streamToRddJoinCompletedJoinsEachWindowWithAStaticRdd() {
        printsWhatSparkPrints("s003_stream_rdd_join_completed");
    }

    @Test
    void printSectionQuickExample() {
        printsWhatSparkPrints("s003_print_quick_example");
    }

    @Test
    void saveAsTextFilesSnippetWritesOneFolderPerBatchAndPrintsNothing() throws IOException {
        ScalaProgramRunner.Result result = runner.run("s003_save_as_text_files");
        assertThat(result.error()).isNull();
        assertThat(result.stdout()).isEmpty();
        try (Stream<Path> saved = Files.list(result.sessionFolder())) {
            assertThat(saved.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("result-10000.txt", "result-15000.txt", "result-20000.txt", "result-5000.txt");
        }
        Path first = result.sessionFolder().resolve("result-5000.txt");
        try (Stream<Path> parts = Files.list(first)) {
            assertThat(parts.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("_SUCCESS", "part-00000", "part-00001");
        }
        // one file per partition of the first batch's counts, in the order print shows them
        assertThat(Files.readAllLines(first.resolve("part-00000"))).containsExactly("(Hello,2)", "(Scala,1)");
        assertThat(Files.readAllLines(first.resolve("part-00001"))).containsExactly("(Hadoop,1)");
    }

    @Test
    void saveAsHadoopFilesSnippetSaysTheLabHasNoHadoop() {
        failsWithExpectedError("s003_save_as_hadoop_files");
    }

    @Test
    void foreachRddToMysqlSnippetSaysTheLabReachesNoDatabaseOnceABatchHasRecords() {
        failsWithExpectedError("s003_foreach_rdd_mysql");
    }

    @Test
    void redisSnippetStartingWithADotIsASyntaxError() {
        failsWithExpectedError("s003_foreach_rdd_redis");
    }

    @Test
    void checkpointFirstRunSnippetPointsAtItsElision() {
        failsWithExpectedError("s003_checkpoint_first_run");
    }

    @Test
    void checkpointFirstRunCompleted() {
        printsWhatSparkPrints("s003_checkpoint_first_run_completed");
    }

    @Test
    void checkpointRestartSnippetNeedsItsDirectoryAndFunction() {
        failsWithExpectedError("s003_checkpoint_restart");
    }

    @Test
    void checkpointRestartCompletedCreatesTheContextThroughFunctionToCreateContext() {
        printsWhatSparkPrints("s003_checkpoint_restart_completed");
    }

    // seed 004 (Traditional Chinese): Spark's NetworkWordCount

    @Test
    void networkWordCountCountsEachSecondsWordsSeparately() {
        printsWhatSparkPrints("s004_network_word_count");
    }

    @Test
    void networkWordCountContextLinesInsideTheirProgram() {
        printsWhatSparkPrints("s004_context_lines");
    }
}
