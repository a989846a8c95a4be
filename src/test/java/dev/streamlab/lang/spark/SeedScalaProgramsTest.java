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

    // seed 000 (French): checkpointing and windows

    @Test
    void workshop9PrintsTheWordCountOfTheLastMinuteEveryTwentySeconds() {
        runner.assertPrintsExpectedOutput("s000_workshop9");
    }

    @Test
    void workshop7AsGivenPointsAtTheElisionToFillIn() {
        runner.assertFailsWithExpectedError("s000_workshop7");
    }

    @Test
    void workshop7CompletedCountsEachWordOverThirtySecondsWithAnInverseReduce() {
        runner.assertPrintsExpectedOutput("s000_workshop7_completed");
    }

    @Test
    void workshop7CompletedWithATumblingWindowFailsAsSparkDoesOnItsCheckpointInterval() {
        runner.assertFailsWithExpectedError("s000_workshop7_completed_tumbling");
    }

    // seed 003 (Simplified Chinese): the DStream API tour

    @Test
    void quickExampleCountsTheWordsOfEachFiveSecondBatch() {
        runner.assertPrintsExpectedOutput("s003_quick_example");
    }

    @Test
    void fileStreamSnippetReadsTheFilesDroppedIntoItsFolder() {
        runner.assertPrintsExpectedOutput("s003_file_stream");
    }

    @Test
    void rddQueueSnippetSaysTheLabReadsNoFiles() {
        runner.assertFailsWithExpectedError("s003_rdd_queue");
    }

    @Test
    void kafkaProgramStopsAtItsFirstKafkaImport() {
        runner.assertFailsWithExpectedError("s003_kafka");
    }

    @Test
    void updateStateByKeyPrintsEachKeysValuesAndStateThenTheRunningCounts() {
        runner.assertPrintsExpectedOutput("s003_update_state_by_key");
    }

    @Test
    void transformationsTestRunsItsMapWithStateCount() {
        runner.assertPrintsExpectedOutput("s003_transformations_test");
    }

    @Test
    void transformationsTestBasicOperatorsUncommented() {
        runner.assertPrintsExpectedOutput("s003_tt_basic_ops_uncommented");
    }

    @Test
    void transformationsTestUnionOfTwoSocketsUncommented() {
        runner.assertPrintsExpectedOutput("s003_tt_union_uncommented");
    }

    @Test
    void transformationsTestCountUncommented() {
        runner.assertPrintsExpectedOutput("s003_tt_count_uncommented");
    }

    @Test
    void transformationsTestNumericReduceUncommented() {
        runner.assertPrintsExpectedOutput("s003_tt_reduce_uncommented");
    }

    @Test
    void transformationsTestCountByValueUncommented() {
        runner.assertPrintsExpectedOutput("s003_tt_count_by_value_uncommented");
    }

    @Test
    void transformationsTestJoinOfTwoSocketsUncommented() {
        runner.assertPrintsExpectedOutput("s003_tt_join_uncommented");
    }

    @Test
    void transformationsTestCogroupOfTwoSocketsUncommented() {
        runner.assertPrintsExpectedOutput("s003_tt_cogroup_uncommented");
    }

    @Test
    void transformationsTestBlacklistJoinWithMakeRddUncommented() {
        runner.assertPrintsExpectedOutput("s003_tt_blacklist_uncommented");
    }

    @Test
    void transformationsTestUpdateStateByKeyUncommented() {
        runner.assertPrintsExpectedOutput("s003_tt_update_state_uncommented");
    }

    @Test
    void mapWithStateEmitsEachWordsNewTotal() {
        runner.assertPrintsExpectedOutput("s003_map_with_state");
    }

    @Test
    void recoveryFromCheckpointCreatesTheContextThroughGetOrCreate() {
        runner.assertPrintsExpectedOutput("s003_recovery_checkpoint");
    }

    @Test
    void windowWordCountPrintsTheLastTenSecondsEveryFive() {
        runner.assertPrintsExpectedOutput("s003_window_word_count");
    }

    @Test
    void windowWordCountWithItsCommentedInverseReduceUncommented() {
        runner.assertPrintsExpectedOutput("s003_window_word_count_inverse_uncommented");
    }

    @Test
    void streamToStreamLeftOuterJoinPrintsFromEachPartition() {
        runner.assertPrintsExpectedOutput("s003_stream_to_stream_join");
    }

    @Test
    void streamToRddJoinAsGivenPointsAtTheElision() {
        runner.assertFailsWithExpectedError("s003_stream_rdd_join");
    }

    @Test
    void streamToRddJoinCompletedJoinsEachWindowWithAStaticRdd() {
        runner.assertPrintsExpectedOutput("s003_stream_rdd_join_completed");
    }

    @Test
    void printSectionQuickExample() {
        runner.assertPrintsExpectedOutput("s003_print_quick_example");
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
        runner.assertFailsWithExpectedError("s003_save_as_hadoop_files");
    }

    @Test
    void foreachRddToMysqlSnippetSaysTheLabReachesNoDatabaseOnceABatchHasRecords() {
        runner.assertFailsWithExpectedError("s003_foreach_rdd_mysql");
    }

    @Test
    void redisSnippetStartingWithADotIsASyntaxError() {
        runner.assertFailsWithExpectedError("s003_foreach_rdd_redis");
    }

    @Test
    void checkpointFirstRunSnippetPointsAtItsElision() {
        runner.assertFailsWithExpectedError("s003_checkpoint_first_run");
    }

    @Test
    void checkpointFirstRunCompleted() {
        runner.assertPrintsExpectedOutput("s003_checkpoint_first_run_completed");
    }

    @Test
    void checkpointRestartSnippetNeedsItsDirectoryAndFunction() {
        runner.assertFailsWithExpectedError("s003_checkpoint_restart");
    }

    @Test
    void checkpointRestartCompletedCreatesTheContextThroughFunctionToCreateContext() {
        runner.assertPrintsExpectedOutput("s003_checkpoint_restart_completed");
    }

    // seed 004 (Traditional Chinese): Spark's NetworkWordCount

    @Test
    void networkWordCountCountsEachSecondsWordsSeparately() {
        runner.assertPrintsExpectedOutput("s004_network_word_count");
    }

    @Test
    void networkWordCountContextLinesInsideTheirProgram() {
        runner.assertPrintsExpectedOutput("s004_context_lines");
    }
}
