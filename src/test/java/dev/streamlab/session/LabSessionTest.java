package dev.streamlab.session;

import dev.streamlab.engine.BatchScheduler;
import dev.streamlab.engine.ManualClock;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.lang.Dialect;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live session on a manual clock: batches run only when stepped (a paused session's batches wait for Step), so
 * every test is deterministic.
 */
class LabSessionTest {

    private static final String WORD_COUNT = """
            val ssc = new StreamingContext(new SparkConf(), Seconds(1))
            val lines = ssc.socketTextStream("localhost", 9999)
            lines.flatMap(_.split(" ")).map((_, 1)).reduceByKey(_ + _).print()
            ssc.start()
            ssc.awaitTermination()
            """;

    @TempDir
    Path root;

    private final ManualClock clock = new ManualClock(0);
    private final LinkedBlockingQueue<LabEvent> events = new LinkedBlockingQueue<>();
    private final List<LabEvent> told = new java.util.concurrent.CopyOnWriteArrayList<>();
    private BatchScheduler scheduler;
    private LabSessions sessions;
    private LabSession session;

    @BeforeEach
    void open() {
        scheduler = new BatchScheduler(1);
        sessions = new LabSessions(SessionLimits.defaults(), scheduler, clock, ZoneId.of("UTC"), root,
                new SimpleMeterRegistry());
        session = sessions.open("browser").orElseThrow();
        session.attach(event -> {
            told.add(event);
            events.add(event);
        }, Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        sessions.close();
        scheduler.close();
    }

    @Test
    void linesTypedInOneBlockIntervalShareAPartitionAsWithAReceiver() {
        start("""
                val ssc = new StreamingContext(new SparkConf(), Seconds(1))
                ssc.socketTextStream("localhost", 9999).glom().map(_.mkString("[", ",", "]")).print()
                ssc.start()
                ssc.awaitTermination()
                """);
        session.input("localhost:9999", List.of("a", "b"));
        clock.setTime(250);
        session.input("localhost:9999", List.of("c"));
        session.pause();
        session.step();
        LabEvent.BatchView batch = next(LabEvent.Batch.class).batch();
        assertThat(batch.outputs().get(0).records()).containsExactly("[a,b]", "[c]");
        assertThat(batch.in()).containsEntry("localhost:9999", 3);
    }

    @Test
    void pausedSessionRunsExactlyOneBatchPerStepAtTheNextBatchTimes() {
        start(WORD_COUNT);
        session.pause();
        session.input("localhost:9999", List.of("Hello Scala", "Hello Hadoop"));
        session.step();
        LabEvent.BatchView first = next(LabEvent.Batch.class).batch();
        session.step();
        LabEvent.BatchView second = next(LabEvent.Batch.class).batch();
        assertThat(first.time()).isEqualTo(1000);
        assertThat(second.time()).isEqualTo(2000);
        assertThat(first.outputs().get(0).records()).containsExactlyInAnyOrder("(Hello,2)", "(Scala,1)", "(Hadoop,1)");
        assertThat(second.outputs().get(0).records()).isEmpty();
        assertThat(session.state()).isEqualTo(LabSession.State.PAUSED);
    }

    @Test
    void theConsoleShowsExactlyWhatSparkPrintsBeforeItsBatchReport() {
        start(WORD_COUNT);
        session.pause();
        session.input("localhost:9999", List.of("a a"));
        session.step();
        LabEvent.Console console = next(LabEvent.Console.class);
        assertThat(console.lines().stream().map(LabEvent.ConsoleLine::text)).containsExactly(
                "-------------------------------------------", "Time: 1000 ms",
                "-------------------------------------------", "(a,2)", "");
        assertThat(next(LabEvent.Batch.class).batch().number()).isEqualTo(1);
    }

    @Test
    void typedLinesAreEchoedWithTheBatchTheyFallInto() {
        start(WORD_COUNT);
        session.pause();
        session.input("localhost:9999", List.of("x"));
        LabEvent.Echo echo = next(LabEvent.Echo.class);
        assertThat(echo.line()).isEqualTo("x");
        assertThat(echo.batchTime()).isEqualTo(1000);
    }

    @Test
    void aBatchErrorStopsTheProgramAndPointsAtTheStudentsLine() {
        start("""
                val ssc = new StreamingContext(new SparkConf(), Seconds(1))
                val lines = ssc.socketTextStream("localhost", 9999)
                lines.map(l => l.length / 0).print()
                ssc.start()
                ssc.awaitTermination()
                """);
        session.pause();
        session.input("localhost:9999", List.of("boom"));
        session.step();
        LabEvent.Problem problem = next(LabEvent.Problem.class);
        assertThat(problem.kind()).isEqualTo("error");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).contains("/ by zero");
        assertThat(session.state()).isEqualTo(LabSession.State.FAILED);
    }

    @Test
    void aProgramThatDoesNotParseIsReportedAtItsLineAndColumn() {
        session.run(new LabSession.RunSpec(Dialect.PYTHON, "x = (1,\nprint(x\n", List.of()));
        LabEvent.Problem problem = next(LabEvent.Problem.class);
        assertThat(problem.line()).isPositive();
        assertThat(problem.column()).isPositive();
        assertThat(problem.detail()).contains("main.py");
        assertThat(session.state()).isEqualTo(LabSession.State.FAILED);
    }

    @Test
    void aProgramThatStartsNoContextGetsThePitfallExplained() {
        session.run(new LabSession.RunSpec(Dialect.SCALA, "println(\"hi\")", List.of()));
        assertThat(next(LabEvent.Console.class).lines().get(0).text()).isEqualTo("hi");
        assertThat(next(LabEvent.Problem.class).message()).contains("ssc.start()");
    }

    @Test
    void linesSentBeforeRunAreRefusedWithAMessage() {
        session.input("localhost:9999", List.of("too early"));
        assertThat(next(LabEvent.Problem.class).message()).contains("Run");
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedAndTheRestStillArrives() {
        start(WORD_COUNT);
        session.pause();
        session.input("localhost:9999", List.of("x".repeat(10_001), "ok"));
        assertThat(next(LabEvent.Problem.class).message()).contains("10,001", "10,000");
        assertThat(next(LabEvent.Echo.class).line()).isEqualTo("ok");
    }

    @Test
    void typingFasterThanTheRateLimitIsCutWithAMessage() {
        start(WORD_COUNT);
        session.pause();
        List<String> burst = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            burst.add("w" + i);
        }
        session.input("localhost:9999", burst);
        assertThat(next(LabEvent.Problem.class).message()).contains("200");
        assertThat(told.stream().filter(LabEvent.Echo.class::isInstance).count()).isEqualTo(200);
    }

    @Test
    void restartDriverRunsTheProgramAgainFromTheTopWithEmptyStateWithoutGetOrCreate() {
        start("""
                val ssc = new StreamingContext(new SparkConf(), Seconds(1))
                ssc.checkpoint("cp")
                val words = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).map((_, 1))
                words.updateStateByKey((vs: Seq[Int], s: Option[Int]) => Some(vs.sum + s.getOrElse(0))).print()
                ssc.start()
                ssc.awaitTermination()
                """);
        session.pause();
        session.input("localhost:9999", List.of("a a"));
        session.step();
        assertThat(next(LabEvent.Batch.class).batch().outputs().get(0).records()).containsExactly("(a,2)");
        session.restartDriver();
        next(LabEvent.Started.class);
        session.pause();
        session.input("localhost:9999", List.of("a"));
        session.step();
        assertThat(next(LabEvent.Batch.class).batch().outputs().get(0).records()).containsExactly("(a,1)");
    }

    @Test
    void restartDriverWithGetOrCreateRecoversTheStateFromTheSessionsCheckpoint() {
        start("""
                object Recoverable {
                  def create(): StreamingContext = {
                    val ssc = new StreamingContext(new SparkConf(), Seconds(1))
                    ssc.checkpoint("cp")
                    val words = ssc.socketTextStream("localhost", 9999).flatMap(_.split(" ")).map((_, 1))
                    val totals = words.updateStateByKey((vs: Seq[Int], s: Option[Int]) => Some(vs.sum + s.getOrElse(0)))
                    totals.checkpoint(Seconds(1))
                    totals.print()
                    ssc
                  }
                  def main(args: Array[String]): Unit = {
                    val ssc = StreamingContext.getOrCreate("cp", create _)
                    ssc.start()
                    ssc.awaitTermination()
                  }
                }
                """);
        session.pause();
        session.input("localhost:9999", List.of("a a"));
        session.step();
        assertThat(next(LabEvent.Batch.class).batch().outputs().get(0).records()).containsExactly("(a,2)");
        session.step();
        next(LabEvent.Batch.class);
        session.restartDriver();
        next(LabEvent.Started.class);
        session.pause();
        session.input("localhost:9999", List.of("a"));
        List<String> totals = new ArrayList<>();
        for (int i = 0; i < 4 && !totals.contains("(a,3)"); i++) {
            session.step();
            totals.addAll(next(LabEvent.Batch.class).batch().outputs().get(0).records());
        }
        assertThat(totals).contains("(a,3)");
    }

    @Test
    void replayFeedsOneStreamFileBatchPerProgramBatch() {
        start(WORD_COUNT);
        session.pause();
        session.replay(StreamFile.parse("a\n---\nb b\n", "two.stream"), 1);
        session.step();
        assertThat(next(LabEvent.Batch.class).batch().outputs().get(0).records()).containsExactly("(a,1)");
        session.step();
        assertThat(next(LabEvent.Batch.class).batch().outputs().get(0).records()).containsExactly("(b,2)");
        LabEvent.Replay done = told.stream().filter(LabEvent.Replay.class::isInstance)
                .map(LabEvent.Replay.class::cast).filter(LabEvent.Replay::done).findFirst().orElseThrow();
        assertThat(done.of()).isEqualTo(2);
    }

    @Test
    void windowsAndStateArriveInTheBatchReportAsThePageDrawsThem() {
        start("""
                val ssc = new StreamingContext(new SparkConf(), Seconds(1))
                ssc.checkpoint("cp")
                val pairs = ssc.socketTextStream("localhost", 9999).map((_, 1))
                pairs.reduceByKeyAndWindow(_ + _, _ - _, Seconds(2), Seconds(1)).print()
                ssc.start()
                ssc.awaitTermination()
                """);
        session.pause();
        session.input("localhost:9999", List.of("k"));
        session.step();
        LabEvent.BatchView first = next(LabEvent.Batch.class).batch();
        session.step();
        next(LabEvent.Batch.class);
        session.step();
        LabEvent.BatchView third = next(LabEvent.Batch.class).batch();
        assertThat(first.windows()).singleElement().satisfies(w -> assertThat(w.covered()).contains(1000L));
        assertThat(third.windows()).singleElement().satisfies(w -> {
            assertThat(w.left()).containsExactly(1000L);
            assertThat(w.leftRecords().get(1000L)).containsExactly("(k,1)");
        });
        assertThat(third.outputs().get(0).records()).containsExactly("(k,0)");
    }

    @Test
    void sessionsExpireWhenTheirPageHasBeenGoneForTheIdleLimit() {
        session.detach();
        clock.setTime(9 * 60_000);
        assertThat(sessions.expireIdle()).isZero();
        clock.setTime(10 * 60_000);
        assertThat(sessions.expireIdle()).isEqualTo(1);
        assertThat(sessions.size()).isZero();
    }

    @Test
    void oneBrowserMayOpenOnlyTheAllowedNumberOfSessions() {
        for (int i = 1; i < SessionLimits.defaults().maxSessionsPerBrowser(); i++) {
            assertThat(sessions.open("browser")).isPresent();
        }
        assertThat(sessions.open("browser")).isEmpty();
        assertThat(sessions.open("another")).isPresent();
    }

    @Test
    void aFileDroppedIntoTheWatchedFolderIsReadByTheBatchBeingReceived() {
        session.run(new LabSession.RunSpec(Dialect.SCALA, """
                val ssc = new StreamingContext(new SparkConf(), Seconds(1))
                ssc.textFileStream("logs/").map(_.toUpperCase).print()
                ssc.start()
                ssc.awaitTermination()
                """, List.of()));
        LabEvent.Started started = next(LabEvent.Started.class);
        assertThat(started.sources()).isEmpty();
        assertThat(started.folders()).containsExactly("logs/");
        assertThat(started.warnings()).as("a program reading a folder has input").isEmpty();
        session.pause();
        session.drop("logs/", "part-1.txt", "error one\nwarn two\n");
        LabEvent.Dropped dropped = next(LabEvent.Dropped.class);
        assertThat(dropped).isEqualTo(new LabEvent.Dropped("logs/", "part-1.txt", 2, 1000));
        session.step();
        assertThat(next(LabEvent.Batch.class).batch().outputs().get(0).records())
                .containsExactly("ERROR ONE", "WARN TWO");
        session.step();
        assertThat(next(LabEvent.Batch.class).batch().outputs().get(0).records())
                .as("a file is read once, by the batch it arrived in").isEmpty();
    }

    @Test
    void aDroppedFileIsAPlainNameInsideTheFolderAndWithinTheLimit() throws IOException {
        session.run(new LabSession.RunSpec(Dialect.SCALA, """
                val ssc = new StreamingContext(new SparkConf(), Seconds(1))
                ssc.textFileStream("in").print()
                ssc.start()
                ssc.awaitTermination()
                """, List.of()));
        next(LabEvent.Started.class);
        session.drop("in", "../escape.txt", "x");
        assertThat(next(LabEvent.Problem.class).message()).contains("../escape.txt", "plain file name");
        session.drop("in", ".hidden", "x");
        assertThat(next(LabEvent.Problem.class).message()).contains(".hidden");
        session.drop("elsewhere", "a.txt", "x");
        assertThat(next(LabEvent.Problem.class).message()).contains("elsewhere");
        session.drop("in", "big.txt", "x".repeat(SessionLimits.defaults().maxFileChars() + 1));
        assertThat(next(LabEvent.Problem.class).message()).contains("65,537", "65,536");
        try (Stream<Path> written = Files.walk(root)) {
            assertThat(written.filter(Files::isRegularFile)).as("nothing was written").isEmpty();
        }
    }

    @Test
    void aReplayedStreamDropsItsFilesIntoTheWatchedFolder() {
        session.run(new LabSession.RunSpec(Dialect.SCALA, """
                val ssc = new StreamingContext(new SparkConf(), Seconds(1))
                ssc.textFileStream("in").count().print()
                ssc.start()
                ssc.awaitTermination()
                """, List.of()));
        next(LabEvent.Started.class);
        session.pause();
        session.replay(StreamFile.parse("""
                --- file a.txt
                one
                two
                ---
                --- file b.txt
                three
                """, "files.stream"), 1);
        assertThat(next(LabEvent.Dropped.class).name()).isEqualTo("a.txt");
        session.step();
        assertThat(next(LabEvent.Batch.class).batch().outputs().get(0).records()).containsExactly("2");
    }

    private void start(String program) {
        session.run(new LabSession.RunSpec(Dialect.SCALA, program, List.of()));
        LabEvent.Started started = next(LabEvent.Started.class);
        assertThat(started.sources()).containsExactly("localhost:9999");
    }

    private <T extends LabEvent> T next(Class<T> type) {
        try {
            while (true) {
                LabEvent event = events.poll(10, TimeUnit.SECONDS);
                assertThat(event).as("a %s event", type.getSimpleName()).isNotNull();
                if (type.isInstance(event)) {
                    return type.cast(event);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
