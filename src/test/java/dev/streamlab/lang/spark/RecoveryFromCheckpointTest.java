package dev.streamlab.lang.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 003's recovery lesson (getOrCreate and a checkpoint) run over stream files whose {@code --- restart} line
 * kills the driver and starts the program again (spec §5.3), in both dialects: with getOrCreate the state comes back
 * and the checkpoint's batch and the downtime's appear again with their times; without it the program starts afresh.
 */
class RecoveryFromCheckpointTest {

    private static final String RESTART = SparkProgram.resource("/recovery/restart.stream");

    @TempDir
    Path folder;

    @Test
    void scalaLessonGetsItsStateBackAndRerunsTheCheckpointAndDowntimeBatches() {
        SparkProgram run = SparkProgram.run("RecoveryCheckPoint.scala",
                SparkProgram.resource("/seeds/scala/s003_recovery_checkpoint.scala"), RESTART, null, folder)
                .succeeded();

        assertThat(times(run)).containsExactly("5000 ms", "10000 ms", "10000 ms", "15000 ms", "20000 ms");
        assertThat(run.stdout()).isEqualTo(SparkProgram.resource("/recovery/s003_recovery_checkpoint.out"));
    }

    @Test
    void scalaLessonWithoutGetOrCreateStartsEmptyAfterTheDowntime() {
        SparkProgram run = SparkProgram.run("QuickExampleForMapWithState.scala",
                SparkProgram.resource("/seeds/scala/s003_map_with_state.scala"), RESTART, null, folder).succeeded();

        assertThat(times(run)).containsExactly("5000 ms", "10000 ms", "20000 ms");
        assertThat(batch(run, 2)).containsExactly("(Hello,1)", "(Spark,1)");
    }

    @Test
    void pythonLessonGetsItsStateBackWithoutCallingSetupFuncAgain() {
        SparkProgram run = SparkProgram.run("recovery_checkpoint.py",
                SparkProgram.resource("/recovery/recovery_checkpoint.py"), RESTART, null, folder).succeeded();

        assertThat(run.out).filteredOn(line -> line.startsWith("Creating")).hasSize(1);
        assertThat(times(run)).containsExactly("1970-01-01 00:00:05", "1970-01-01 00:00:10",
                "1970-01-01 00:00:10", "1970-01-01 00:00:15", "1970-01-01 00:00:20");
        assertThat(batch(run, 2)).isEqualTo(batch(run, 1));
        assertThat(batch(run, 3)).containsExactly("('Scala', 1)", "('Hadoop', 2)", "('Hello', 3)");
        assertThat(batch(run, 4)).containsExactly("('Scala', 1)", "('Hadoop', 2)", "('Hello', 4)", "('Spark', 1)");
    }

    @Test
    void pythonProgramWithoutGetOrCreateStartsEmptyAfterTheDowntime() {
        SparkProgram run = SparkProgram.run("no_recovery.py", SparkProgram.resource("/recovery/no_recovery.py"),
                RESTART, null, folder).succeeded();

        assertThat(times(run)).containsExactly("1970-01-01 00:00:05", "1970-01-01 00:00:10",
                "1970-01-01 00:00:20");
        assertThat(batch(run, 2)).containsExactly("('Hello', 1)", "('Spark', 1)");
    }

    @Test
    void lazilyMadeAccumulatorsStartAgainAfterARestartAsTheLessonWarns() {
        SparkProgram run = SparkProgram.run("RecoverableNetworkWordCount.scala",
                SparkProgram.resource("/programs/scala/RecoverableNetworkWordCount.scala"),
                SparkProgram.resource("/recovery/recoverable_word_count.stream"), null, folder,
                "localhost", "9999", "/tmp/checkpoint").succeeded();

        assertThat(run.out).containsExactly("Creating new context",
                "Counts at time 1000 ms [(x,1)]", "Dropped 2 word(s) totally",
                "Counts at time 2000 ms []", "Dropped 4 word(s) totally",
                "Counts at time 2000 ms []", "Dropped 0 word(s) totally",
                "Counts at time 3000 ms [(y,1)]", "Dropped 1 word(s) totally");
    }

    @Test
    void aQueueStreamCannotComeBackFromItsCheckpoint() {
        SparkProgram run = SparkProgram.run("QueueRecovery.scala", """
                import scala.collection.mutable
                import org.apache.spark.rdd.RDD

                object QueueRecovery {
                  def create(): StreamingContext = {
                    val ssc = new StreamingContext(new SparkConf().setMaster("local[2]").setAppName("q"), Seconds(1))
                    ssc.checkpoint("checkpoint")
                    val queue = mutable.Queue[RDD[Int]]()
                    queue += ssc.sparkContext.parallelize(Seq(1, 2))
                    ssc.queueStream(queue).count().print()
                    ssc
                  }

                  def main(args: Array[String]): Unit = {
                    val ssc = StreamingContext.getOrCreate("checkpoint", create _)
                    ssc.start()
                    ssc.awaitTermination()
                  }
                }
                """, "---\n--- restart\n", null, folder);

        assertThat(times(run)).containsExactly("1000 ms", "2000 ms");
        assertThat(run.error()).contains("org.apache.spark.SparkException: Failed to read checkpoint from directory"
                + " checkpoint").contains("queueStream doesn't support checkpointing");
    }

    private static List<String> times(SparkProgram run) {
        return run.out.stream().filter(line -> line.startsWith("Time: ")).map(line -> line.substring(6)).toList();
    }

    /** The element lines of the {@code index}-th printed batch (from 0). */
    private static List<String> batch(SparkProgram run, int index) {
        int header = -1;
        int seen = -1;
        for (int i = 0; i < run.out.size(); i++) {
            if (run.out.get(i).startsWith("Time: ") && ++seen == index) {
                header = i;
                break;
            }
        }
        assertThat(header).as("batch %d was printed", index).isNotNegative();
        List<String> rest = run.out.subList(header + 2, run.out.size());
        return rest.subList(0, rest.indexOf(""));
    }
}
