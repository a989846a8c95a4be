package dev.streamlab.lang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Programs the lab did not grow up with: Spark's own streaming examples written again as a student pastes them,
 * and variants of the seed programs in the shapes students write. Each prints what Spark prints on its stream.
 * Resources: {@code src/test/resources/programs/scala}.
 */
class StudentScalaProgramsTest {

    private final ScalaProgramRunner runner = new ScalaProgramRunner("programs/scala");

    // Spark's examples/streaming

    @Test
    void networkWordCountWithHostAndPortArguments() {
        runner.assertPrintsExpectedOutput("NetworkWordCount");
    }

    @Test
    void networkWordCountWithoutArgumentsPrintsItsUsageAndExitsWithOne() {
        ScalaProgramRunner.Result result = runner.run("NetworkWordCount", List.of());
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).isEqualTo("Usage: NetworkWordCount <hostname> <port>\n");
        assertThat(result.status()).isEqualTo(1);
    }

    @Test
    void statefulNetworkWordCountStartsFromItsInitialRdd() {
        runner.assertPrintsExpectedOutput("StatefulNetworkWordCount");
    }

    @Test
    void recoverableNetworkWordCountWithLazySingletonsBroadcastAndAccumulator() {
        runner.assertPrintsExpectedOutput("RecoverableNetworkWordCount");
    }

    @Test
    void queueStreamRunsTheBatchesDueWhileMainSleepsBetweenPushes() {
        runner.assertPrintsExpectedOutput("QueueStream");
    }

    @Test
    void sqlNetworkWordCountStopsAtItsSparkSqlImport() {
        ScalaProgramRunner.Result result = runner.run("SqlNetworkWordCount");
        assertThat(result.stdout()).isEmpty();
        assertThat(result.error()).startsWith("SqlNetworkWordCount.scala:3:")
                .contains("org.apache.spark.sql.SparkSession: Spark SQL is not part of the lab")
                .contains("import org.apache.spark.sql.SparkSession");
    }

    // variants of the seed programs

    @Test
    void objectExtendingAppWithoutImportsAndAHelperDef() {
        runner.assertPrintsExpectedOutput("ExtendsAppNoImports");
    }

    @Test
    void caseClassInstancesAsStreamValues() {
        runner.assertPrintsExpectedOutput("CaseClassValues");
    }

    @Test
    void transformSortsEachBatchByDescendingCount() {
        runner.assertPrintsExpectedOutput("SortByCount");
    }

    @Test
    void foreachRddWithUntypedRddAndTimeParameters() {
        runner.assertPrintsExpectedOutput("ForeachRddWithTime");
    }

    @Test
    void stringAndFormatInterpolation() {
        runner.assertPrintsExpectedOutput("Interpolation");
    }

    @Test
    void reduceByKeyAndWindowWithTypedLambda() {
        runner.assertPrintsExpectedOutput("WindowTypedLambda");
    }

    @Test
    void updateStateByKeyWithTypeArgumentAndFunctionValue() {
        runner.assertPrintsExpectedOutput("UpdateStateTyped");
    }

    @Test
    void mapWithStateOfAnEtaExpandedMethodAndItsSnapshots() {
        runner.assertPrintsExpectedOutput("MapWithStateMethod");
    }

    @Test
    void broadcastStopWordsAndAccumulatorOfDroppedWords() {
        runner.assertPrintsExpectedOutput("BroadcastAccumulator");
    }

    @Test
    void programmingGuideSnippetsPastedIntoOneProgramUntilATimeoutThenAGracefulStop() {
        runner.assertPrintsExpectedOutput("ProgrammingGuideSnippets");
    }

    @Test
    void namedArgumentsTakeSparksParameterNames() {
        runner.assertPrintsExpectedOutput("NamedArguments");
    }

    @Test
    void csvSalesParsedIntoCaseClassesAveragedPerShopWithADriverSideTotal() {
        runner.assertPrintsExpectedOutput("SalesPerShop");
    }

    @Test
    void traitAndClassHelpersHalfSecondBatchesAndSeveralOutputsPerBatch() {
        runner.assertPrintsExpectedOutput("LongestWords");
    }

    @Test
    void pageViewErrorRatesPerZipCodeWithACompanionObjectParser() {
        runner.assertPrintsExpectedOutput("PageViews");
    }

    @Test
    void pageViewUsersSeenJoinedWithAStaticRddInForeachRdd() {
        ScalaProgramRunner.Result result = runner.run("PageViews", List.of("popularUsersSeen", "localhost", "9999"));
        assertThat(result.error()).isNull();
        assertThat(result.stdout()).isEqualTo(runner.expected("PageViews_popularUsersSeen.out"));
    }

    @Test
    void stateThatForgetsQuietWordsTimesOutAndRunsUntilTheProgramsTimeout() {
        runner.assertPrintsExpectedOutput("SessionCounts");
    }

    @Test
    void tryParsesWhatStudentsTypeAndMatchesSuccessAndFailure() {
        runner.assertPrintsExpectedOutput("ParseNumbers");
    }

    @Test
    void driverVariablesChangedInsideRddForeachStayUnchangedUnlikeAnAccumulator() {
        runner.assertPrintsExpectedOutput("ClosureCounter");
    }

    @Test
    void rddFunctionsMutateTheirTasksCopyOfADriverVariablePartitionByPartition() {
        runner.assertPrintsExpectedOutput("TaskCopies");
    }

    @Test
    void explicitOrderingsInASecondArgumentListAndASplitIndexedOnTheSpot() {
        runner.assertPrintsExpectedOutput("TopWords");
    }
}
