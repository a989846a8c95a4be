package dev.streamlab.lang.spark;

import dev.streamlab.engine.BatchReport;
import dev.streamlab.engine.Checkpoint;
import dev.streamlab.engine.CheckpointStore;
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
import dev.streamlab.engine.source.StreamFileException;
import dev.streamlab.engine.source.StreamReplay;
import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.python.PythonKeyHashing;
import dev.streamlab.lang.runtime.Budget;
import dev.streamlab.lang.runtime.ProgramHalt;
import dev.streamlab.lang.runtime.RunContext;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

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
    private final CheckpointStore checkpoints;
    private final List<BatchReport> reports;
    private Driver successor;
    private StreamFileException inputError;
    private boolean killed;
    private Budget budget;
    private boolean detailedReports;
    private WorkerGlobals workerGlobals;
    private SparkConfValue conf;
    private SparkContextValue sparkContext;
    private StreamingContext ssc;
    private final CreationSites creationSites = CreationSites.create();
    private final RddLabels rddLabels = new RddLabels();

    public Driver(Language language, Mode mode, OutputSink console, ZoneId zone, Path sessionFolder) {
        this(language, mode, new ProgramSink(console, language == Language.PYTHON), zone, sessionFolder,
                new CheckpointStore(), new ArrayList<>());
    }

    /**
     * A driver of a {@link DriverProcess}: every driver the process starts shares its console, checkpoint store and
     * list of batch reports.
     */
    Driver(Language language, Mode mode, ProgramSink sink, ZoneId zone, Path sessionFolder,
           CheckpointStore checkpoints, List<BatchReport> reports) {
        this.language = language;
        this.mode = mode;
        this.sink = sink;
        this.zone = zone;
        this.sessionFolder = sessionFolder;
        this.checkpoints = checkpoints;
        this.reports = reports;
    }

    /** The mode of a live session: the caller runs the batches of the started context on {@code clock}. */
    public static Mode handingOver(Clock clock) {
        return new HandOverMode(clock);
    }

    /** The mode that replays {@code input} (may be null) for {@code batches} batches (null: default). */
    public static Mode replayMode(StreamFile input, Integer batches) {
        return new ReplayMode(input, batches);
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

    /**
     * The driver's streaming context; once a later driver of the same process took over, that driver's: the
     * functions a recovered context kept were made by this one and run in the new context.
     */
    public StreamingContext streamingContext() {
        return successor != null ? successor.streamingContext() : ssc;
    }

    /** Every batch report of the run so far. */
    public List<BatchReport> reports() {
        return List.copyOf(reports);
    }

    /** The program was started again after this driver died: {@code next} now runs what this one made. */
    void succeededBy(Driver next) {
        this.successor = next;
    }

    /** Kills this driver's context where it stands, as a crash of the driver process does. */
    void kill() {
        killed = true;
        if (ssc != null) {
            ssc.kill();
        }
    }

    boolean killed() {
        return killed;
    }

    /** The stream file's mismatch with the program that ended main, or null. */
    StreamFileException inputError() {
        return inputError;
    }

    /**
     * The context {@code getOrCreate(directory, …)} recovers from the latest checkpoint in {@code directory}, or
     * empty when there is none (the program then creates its context). The recovered context runs on the active
     * SparkContext, or on one made from the checkpointed settings, as Spark's {@code SparkContext.getOrCreate}. A
     * checkpoint that cannot be recovered (a queue stream's) fails as Spark's reader does, naming the cause.
     */
    Optional<StreamingContext> recover(String directory) {
        Optional<Checkpoint> checkpoint = checkpoints.read(SessionFolder.relative(directory));
        if (checkpoint.isEmpty()) {
            return Optional.empty();
        }
        Checkpoint cp = checkpoint.get();
        if (sparkContext == null || sparkContext.isStopped()) {
            conf = new SparkConfValue();
            cp.sparkConf().forEach(conf::set);
            sparkContext = new SparkContextValue(this, conf, cp.rddContext());
        }
        StreamingContext recovered;
        try {
            recovered = StreamingContext.recover(cp, mode.clock(), sink);
        } catch (EngineException e) {
            throw new EngineException(EngineException.SPARK, "Failed to read checkpoint from directory " + directory,
                    e.sparkMessage() + (e.hint() == null ? "" : ": " + e.hint()), e);
        }
        ssc = recovered;
        attach(ssc);
        return Optional.of(ssc);
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
        if (successor != null) {
            return successor.sparkContextOrDefault();
        }
        return sparkContext != null && !sparkContext.isStopped() ? sparkContext : sparkContext(null);
    }

    StreamingContext newStreamingContext(SparkContextValue sc, Duration batch) {
        if (ssc != null && ssc.state() == StreamingContext.State.ACTIVE) {
            throw new EngineException(EngineException.ILLEGAL_STATE, "Only one StreamingContext may be started in"
                    + " this JVM. Currently running StreamingContext was started at" + "StreamingContext.start",
                    "stop the running context before creating another");
        }
        ssc = new StreamingContext(batch, mode.clock(), sc.rddContext(), sink);
        ssc.sparkConf(sc.conf().settings());
        attach(ssc);
        return ssc;
    }

    private void attach(StreamingContext context) {
        context.useCheckpointStore(checkpoints);
        sink.attach(context);
        if (detailedReports) {
            context.addListener(report -> { });
        }
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

    CreationSites creationSites() {
        return creationSites;
    }

    private void rethrowFailure() {
        if (ssc != null && ssc.failure() != null) {
            Throwable failure = ssc.failure();
            if (failure instanceof RuntimeException e) {
                throw creationSites.located(language, e);
            }
            throw (Error) failure;
        }
    }

    /**
     * Replays a stream file on a manual clock at 0 as soon as the program waits for its context. At a
     * {@code --- restart N} line the driver is killed once its batch is done: the clock moves on by the downtime and
     * the program's main stops where it is ({@link ProgramHalt}), for its {@link DriverProcess} to start it again;
     * the replay goes on with the next driver's context.
     */
    static final class ReplayMode implements Mode {
        private final StreamFile input;
        private final Integer batches;
        private final ManualClock clock = new ManualClock();
        private StreamReplay replay;
        private long wokenAt;
        private boolean stepping;

        ReplayMode(StreamFile input, Integer batches) {
            this.input = input;
            this.batches = batches;
        }

        @Override
        public Clock clock() {
            return clock;
        }

        /**
         * The replay, handed to the driver's context. A stream file that does not fit the program (a source it does
         * not read) ends main at once, as an input error rather than an exception of the program.
         */
        private StreamReplay replay(Driver driver) {
            try {
                if (replay == null) {
                    StreamFile file = input != null ? input : StreamFile.parse("", "(no input)");
                    replay = new StreamReplay(driver.ssc, file, batches);
                } else if (replay.context() != driver.ssc) {
                    replay.continueOn(driver.ssc);
                }
            } catch (StreamFileException e) {
                driver.inputError = e;
                driver.ssc.stop();
                throw new ProgramHalt();
            }
            return replay;
        }

        private boolean running(Driver driver) {
            return driver.ssc != null && driver.ssc.state() == StreamingContext.State.ACTIVE;
        }

        private void step(Driver driver, StreamReplay r) {
            driver.recordReport(r.step(driver::beforeBatch));
            OptionalInt downtime = r.takeRestart();
            if (downtime.isPresent() && running(driver)) {
                driver.kill();
                clock.setTime(clock.millis() + downtime.getAsInt() * driver.ssc.batchDuration().milliseconds());
                wokenAt = 0;
                throw new ProgramHalt();
            }
        }

        @Override
        public void awaitTermination(Driver driver) {
            if (!running(driver)) {
                return;
            }
            StreamReplay r = replay(driver);
            while (r.hasNext()) {
                step(driver, r);
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
            if (!r.hasNext() || batches != null && r.fed() >= batches) {
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
                while (running(driver) && (r.recovering() || clock.millis() + batch <= millis)
                        && (batches == null || r.fed() < batches)) {
                    step(driver, r);
                }
            } finally {
                stepping = false;
            }
        }
    }

    /**
     * Batches driven by the caller, as a live lab session does on its scheduler (or a test on a manual clock with
     * {@link StreamingContext#advance()}): the program's main runs until it waits for its started context, and stops
     * there ({@link ProgramHalt}) so that no thread waits with it; code after {@code awaitTermination} never runs.
     */
    static final class HandOverMode implements Mode {
        private final Clock clock;

        HandOverMode(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Clock clock() {
            return clock;
        }

        @Override
        public void awaitTermination(Driver driver) {
            if (driver.ssc != null && driver.ssc.state() == StreamingContext.State.ACTIVE) {
                throw new ProgramHalt();
            }
        }

        @Override
        public boolean awaitTermination(Driver driver, long millis) {
            awaitTermination(driver);
            return true;
        }

        @Override
        public void mainEnded(Driver driver) {
        }
    }
}
