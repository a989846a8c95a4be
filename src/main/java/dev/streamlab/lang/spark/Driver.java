package dev.streamlab.lang.spark;

import dev.streamlab.engine.BatchReport;
import dev.streamlab.engine.Clock;
import dev.streamlab.engine.Duration;
import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.KeyHashing;
import dev.streamlab.engine.ManualClock;
import dev.streamlab.engine.OutputSink;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.dstream.SocketInputDStream;
import dev.streamlab.engine.hash.JvmKeyHashing;
import dev.streamlab.engine.rdd.RddContext;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.engine.source.StreamReplay;
import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.python.PythonKeyHashing;
import dev.streamlab.lang.runtime.Budget;
import dev.streamlab.lang.runtime.RunContext;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The Spark driver of one program run: the SparkContext and StreamingContext the program creates, and what
 * {@code awaitTermination} means here. Replaying a stream file (the CLI, grading, tests) it runs the batches on a
 * manual clock right there; in a live lab session it hands the started context over to the session.
 */
public final class Driver {

    /** How batches are driven once the program has started its context. */
    public interface Mode {
        /** {@code awaitTermination()}: returns once the context stopped. */
        void awaitTermination(Driver driver);

        /** {@code awaitTerminationOrTimeout}: true if the context stopped within {@code millis}. */
        boolean awaitTermination(Driver driver, long millis);

        /** The program's main code ended (with or without awaiting termination). */
        void mainEnded(Driver driver);

        /**
         * {@code Thread.sleep(millis)} in the program's main code: the batches due in that time run, as they would
         * while the driver thread sleeps (Spark's QueueStream example feeds its queue this way).
         */
        default void sleep(Driver driver, long millis) {
        }

        Clock clock();
    }

    private final Language language;
    private final Mode mode;
    private final ProgramSink sink;
    private final ZoneId zone;
    private final Path sessionFolder;
    private final List<BatchReport> reports = new ArrayList<>();
    private Budget budget;
    private boolean detailedReports;
    private WorkerGlobals workerGlobals;
    private SparkConfValue conf;
    private SparkContextValue sparkContext;
    private StreamingContext ssc;
    private final RddLabels rddLabels = new RddLabels();

    public Driver(Language language, Mode mode, OutputSink console, ZoneId zone, Path sessionFolder) {
        this.language = language;
        this.mode = mode;
        this.sink = new ProgramSink(console, language == Language.PYTHON);
        this.zone = zone;
        this.sessionFolder = sessionFolder;
    }

    /** A driver that replays {@code input} (may be null: no input at all) for {@code batches} batches (null: default). */
    public static Driver replaying(Language language, StreamFile input, Integer batches, OutputSink console,
                                   ZoneId zone, Path sessionFolder) {
        return new Driver(language, new ReplayMode(input, batches), console, zone, sessionFolder);
    }

    public Language language() {
        return language;
    }

    /** The console the program's own prints must use (wired into its run environment). */
    public OutputSink console() {
        return sink;
    }

    ProgramSink sink() {
        return sink;
    }

    public ZoneId zone() {
        return zone;
    }

    public Path sessionFolder() {
        return sessionFolder;
    }

    public StreamingContext streamingContext() {
        return ssc;
    }

    /** Every batch report of the run so far. */
    public List<BatchReport> reports() {
        return List.copyOf(reports);
    }

    /** Makes every context this driver creates build full batch reports (a context builds them for listeners). */
    void reportInDetail() {
        detailedReports = true;
    }

    /** The globals Python worker functions of this run see. */
    WorkerGlobals workerGlobals(RunContext context) {
        if (workerGlobals == null) {
            workerGlobals = new WorkerGlobals(context, this);
        }
        return workerGlobals;
    }

    void useBudget(Budget runBudget) {
        this.budget = runBudget;
    }

    /** Starts the step allowance of batch {@code number} and keeps its report. */
    void beforeBatch(int number) {
        if (budget != null) {
            budget.startBatch(number);
        }
    }

    void recordReport(BatchReport report) {
        reports.add(report);
    }

    SparkContextValue sparkContext(SparkConfValue requested) {
        if (sparkContext != null && !sparkContext.isStopped()) {
            if (requested != null && requested != conf) {
                throw new EngineException(EngineException.SPARK, "Only one SparkContext should be running in this"
                        + " JVM (see SPARK-2243).", "create the SparkContext once and pass it around");
            }
            return sparkContext;
        }
        conf = requested == null ? new SparkConfValue() : requested;
        Master master = Master.parse(conf.master());
        KeyHashing hashing = language == Language.PYTHON ? new PythonKeyHashing() : new JvmKeyHashing();
        sparkContext = new SparkContextValue(this, conf, new RddContext(conf.defaultParallelism(master), hashing));
        return sparkContext;
    }

    /** The existing SparkContext, or a default one (what {@code new StreamingContext(conf, …)} creates). */
    RddLabels rddLabels() {
        return rddLabels;
    }

    SparkContextValue sparkContextOrDefault() {
        return sparkContext != null && !sparkContext.isStopped() ? sparkContext : sparkContext(null);
    }

    StreamingContext newStreamingContext(SparkContextValue sc, Duration batch) {
        if (ssc != null && ssc.state() == StreamingContext.State.ACTIVE) {
            throw new EngineException(EngineException.ILLEGAL_STATE, "Only one StreamingContext may be started in"
                    + " this JVM. Currently running StreamingContext was started at" + "StreamingContext.start",
                    "stop the running context before creating another");
        }
        ssc = new StreamingContext(batch, mode.clock(), sc.rddContext(), sink);
        sink.attach(ssc);
        if (detailedReports) {
            ssc.addListener(report -> { });
        }
        return ssc;
    }

    /** Spark's warning when the master leaves no core for batches once receivers took theirs (spec §8). */
    void warnIfStarved() {
        long receivers = ssc.inputs().stream().filter(i -> i instanceof SocketInputDStream).count();
        Master master = Master.parse(conf == null ? null : conf.master());
        if (master.starvesWith((int) receivers)) {
            sink.err("WARN StreamingContext: spark.master should be set as local[n], n > 1 in local mode if you have"
                    + " receivers to get data, otherwise Spark jobs will not get resources to process the received"
                    + " data.");
            sink.err("(StreamLab runs the batches anyway; on a real install with " + master.url()
                    + " no batch would ever run while the receiver holds the only core.)");
        }
    }

    void awaitTermination() {
        mode.awaitTermination(this);
        rethrowFailure();
    }

    boolean awaitTermination(long millis) {
        boolean stopped = mode.awaitTermination(this, millis);
        rethrowFailure();
        return stopped;
    }

    /** Called when the program's top-level code or main method returns. */
    public void mainEnded() {
        mode.mainEnded(this);
        rethrowFailure();
    }

    /** The program's {@code Thread.sleep}. */
    public void sleep(long millis) {
        mode.sleep(this, millis);
        rethrowFailure();
    }

    private void rethrowFailure() {
        if (ssc != null && ssc.failure() != null) {
            Throwable failure = ssc.failure();
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            throw (Error) failure;
        }
    }

    /** Replays a stream file on a manual clock at 0 as soon as the program waits for its context. */
    static final class ReplayMode implements Mode {
        private final StreamFile input;
        private final Integer batches;
        private final ManualClock clock = new ManualClock();
        private StreamReplay replay;
        private long wokenAt;
        private int steps;
        private boolean stepping;

        ReplayMode(StreamFile input, Integer batches) {
            this.input = input;
            this.batches = batches;
        }

        @Override
        public Clock clock() {
            return clock;
        }

        private StreamReplay replay(Driver driver) {
            if (replay == null) {
                StreamFile file = input != null ? input : StreamFile.parse("", "(no input)");
                replay = new StreamReplay(driver.ssc, file, batches);
            }
            return replay;
        }

        private boolean running(Driver driver) {
            return driver.ssc != null && driver.ssc.state() == StreamingContext.State.ACTIVE;
        }

        @Override
        public void awaitTermination(Driver driver) {
            if (!running(driver)) {
                return;
            }
            StreamReplay r = replay(driver);
            while (r.hasNext()) {
                BatchReport report = r.step(driver::beforeBatch);
                driver.recordReport(report);
                steps++;
            }
            driver.ssc.stop();
        }

        /**
         * The batches due within the timeout run, past the end of the input if the timeout says so (an explicit
         * batch count still caps the run); once the input and its windows are done the context stops, so that
         * {@code while (!ssc.awaitTerminationOrTimeout(1000))} loops end.
         */
        @Override
        public boolean awaitTermination(Driver driver, long millis) {
            if (!running(driver)) {
                return true;
            }
            StreamReplay r = replay(driver);
            long batch = driver.ssc.batchDuration().milliseconds();
            runUntil(driver, clock.millis() + Math.max(millis, batch));
            if (!r.hasNext() || batches != null && steps >= batches) {
                driver.ssc.stop();
            }
            return !running(driver);
        }

        @Override
        public void mainEnded(Driver driver) {
            awaitTermination(driver);
        }

        /**
         * Runs every batch whose time falls within the sleeps so far, past the end of the input if need be (the
         * program, not the stream file, feeds a queue). A sleep inside a batch's own code is only time passing.
         */
        @Override
        public void sleep(Driver driver, long millis) {
            if (!running(driver) || stepping || millis <= 0) {
                return;
            }
            wokenAt = Math.max(wokenAt, clock.millis()) + millis;
            runUntil(driver, wokenAt);
        }

        /** Runs every batch whose time is at most {@code millis}, up to an explicit batch count. */
        private void runUntil(Driver driver, long millis) {
            StreamReplay r = replay(driver);
            long batch = driver.ssc.batchDuration().milliseconds();
            stepping = true;
            try {
                while (running(driver) && clock.millis() + batch <= millis && (batches == null || steps < batches)) {
                    driver.recordReport(r.step(driver::beforeBatch));
                    steps++;
                }
            } finally {
                stepping = false;
            }
        }
    }
}
