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

    private void printsWhatSparkPrints(String name) {
        ScalaProgramRunner.Result result = runner.run(name);
        assertThat(result.error()).as("error of " + name).isNull();
        assertThat(result.stdout()).isEqualTo(runner.expected(name + ".out"));
    }

    // Spark's examples/streaming

    @Test
    void networkWordCountWithHostAndPortArguments() {
        printsWhatSparkPrints("NetworkWordCount");
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
        printsWhatSparkPrints("StatefulNetworkWordCount");
    }

    @Test
    void recoverableNetworkWordCountWithLazySingletonsBroadcastAndAccumulator() {
        printsWhatSparkPrints("RecoverableNetworkWordCount");
    }

    @Test
    void queueStreamRunsTheBatchesDueWhileMainSleepsBetweenPushes() {
        printsWhatSparkPrints("QueueStream");
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
        printsWhatSparkPrints("ExtendsAppNoImports");
    }

    @Test
    void caseClassInstancesAsStreamValues() {
        printsWhatSparkPrints("CaseClassValues");
    }

    @Test
    void transformSortsEachBatchByDescendingCount() {
        printsWhatSparkPrints("SortByCount");
    }

    @Test
    void foreachRddWithUntypedRddAndTimeParameters() {
        printsWhatSparkPrints("ForeachRddWithTime");
    }

    @Test
    void stringAndFormatInterpolation() {
        printsWhatSparkPrints("Interpolation");
    }

    @Test
    void reduceByKeyAndWindowWithTypedLambda() {
        printsWhatSparkPrints("WindowTypedLambda");
    }

    @Test
    void updateStateByKeyWithTypeArgumentAndFunctionValue() {
        printsWhatSparkPrints("UpdateStateTyped");
    }

    @Test
    void mapWithStateOfAnEtaExpandedMethodAndItsSnapshots() {
        printsWhatSparkPrints("MapWithStateMethod");
    }

    @Test
    void broadcastStopWordsAndAccumulatorOfDroppedWords() {
        printsWhatSparkPrints("BroadcastAccumulator");
    }

    @Test
    void programmingGuideSnippetsPastedIntoOneProgramUntilATimeoutThenAGracefulStop() {
        printsWhatSparkPrints("ProgrammingGuideSnippets");
    }

    @Test
    void namedArgumentsTakeSparksParameterNames() {
        printsWhatSparkPrints("NamedArguments");
    }

    @Test
    void csvSalesParsedIntoCaseClassesAveragedPerShopWithADriverSideTotal() {
        printsWhatSparkPrints("SalesPerShop");
    }

    @Test
    void traitAndClassHelpersHalfSecondBatchesAndSeveralOutputsPerBatch() {
        printsWhatSparkPrints("LongestWords");
    }

    @Test
    void pageViewErrorRatesPerZipCodeWithACompanionObjectParser() {
        printsWhatSparkPrints("PageViews");
    }

    @Test
    void pageViewUsersSeenJoinedWithAStaticRddInForeachRdd() {
        ScalaProgramRunner.Result result = runner.run("PageViews", List.of("popularUsersSeen", "localhost", "9999"));
        assertThat(result.error()).isNull();
        assertThat(result.stdout()).isEqualTo(runner.expected("PageViews_popularUsersSeen.out"));
    }

    @Test
    void stateThatForgetsQuietWordsTimesOutAndRunsUntilTheProgramsTimeout() {
        printsWhatSparkPrints("SessionCounts");
    }
}
