package dev.streamlab.lang.spark;

import dev.streamlab.engine.BatchReport;
import dev.streamlab.engine.CheckpointStore;
import dev.streamlab.engine.Clock;
import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.OutputSink;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.source.StreamFileException;
import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.runtime.Budget;
import dev.streamlab.lang.runtime.CompiledProgram;
import dev.streamlab.lang.runtime.GuestException;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.runtime.ProgramHalt;
import dev.streamlab.lang.runtime.RunEnvironment;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The driver process of one program: it runs the program's main from the top, can be killed where it stands, and
 * started again — a fresh run of the same compiled program, in the same run folder, on the same clock, with the same
 * {@link CheckpointStore}, so that {@code StreamingContext.getOrCreate(dir, …)} recovers the context the killed run
 * checkpointed (spec §5.3) and a program without it starts afresh.
 *
 * <p>A live lab session drives it so, with the batches on its own scheduler:
 * <pre>{@code
 * DriverProcess process = new DriverProcess(program, args, budget, Driver.handingOver(clock), console, zone,
 *         folder, new CheckpointStore());
 * DriverProcess.Start started = process.start();   // main runs until it awaits its started context
 * StreamingContext ssc = process.streamingContext(); // run its batches (BatchScheduler, or ssc.advance())
 * process.crash();                                  // "Restart driver": no further batch, nothing after it
 * started = process.start();                        // main again from the top; getOrCreate recovers
 * }</pre>
 * After {@link #start()} returns {@link End#AWAITING}, the caller owns the context's batches: register it with the
 * {@code BatchScheduler} (a recovered context's first batches, the checkpoint's and the downtime's, are due at once)
 * or call {@link StreamingContext#advance()} on a manual clock. {@link #crash()} stops them; cancel the scheduler
 * registration too. A "drop a file" box hands its file to the context's {@code FileInputDStream} (among
 * {@link StreamingContext#inputs()}) with {@code drop(name, content)}: the batch being received reads it. A
 * {@code streamlab run} replay ({@link ProgramRun}) uses the same process with the stream file's
 * {@code --- restart} lines doing the crashing: there {@link #start()} returns {@link End#KILLED} and the caller
 * starts it again.
 */
public final class DriverProcess {

    /** How a start of the program's main ended. */
    public enum End {
        /** Main ran to its end, or ended with an error or an exit status. */
        RETURNED,
        /** Main waits for its started context, whose batches the caller now runs (a live session). */
        AWAITING,
        /** The driver was killed (a {@code --- restart} line): start the program again. */
        KILLED
    }

    /** The outcome of one start: exit status, the error that ended main (or null), how it ended. */
    public record Start(int status, LangException error, End end) {
    }

    private final CompiledProgram program;
    private final List<String> args;
    private final Budget budget;
    private final Driver.Mode mode;
    private final ProgramSink sink;
    private final ZoneId zone;
    private final Path folder;
    private final CheckpointStore checkpoints;
    private final List<BatchReport> reports = new ArrayList<>();
    private boolean detailedReports;
    private Driver driver;
    private RunEnvironment environment;

    /**
     * A process for {@code program}, not started. {@code mode} drives the batches: {@link Driver#handingOver(Clock)}
     * for a live session, {@link Driver#replayMode} for a replay. {@code checkpoints} outlives every start.
     */
    public DriverProcess(CompiledProgram program, List<String> args, Budget budget, Driver.Mode mode,
                         OutputSink console, ZoneId zone, Path folder, CheckpointStore checkpoints) {
        this.program = program;
        this.args = List.copyOf(args);
        this.budget = budget == null ? Budget.defaults() : budget;
        this.mode = mode;
        this.sink = new ProgramSink(console, program.language() == Language.PYTHON);
        this.zone = zone;
        this.folder = folder;
        this.checkpoints = checkpoints;
    }

    /** Makes every context the program creates build full batch reports (for the lab's views and tests). */
    public DriverProcess reportInDetail() {
        detailedReports = true;
        return this;
    }

    /**
     * Runs the program's main from the top; a driver still running is killed first. Every error ends up in the
     * returned {@link Start}, pointing into the program; nothing escapes.
     */
    public Start start() {
        Driver previous = driver;
        if (previous != null) {
            previous.kill();
        }
        driver = new Driver(program.language(), mode, sink, zone, folder, checkpoints, reports);
        if (detailedReports) {
            driver.reportInDetail();
        }
        driver.useBudget(budget);
        RunEnvironment next = new RunEnvironment(args, driver.console(), budget).withService(Driver.class, driver);
        if (environment != null) {
            next.restartOf(environment);
        }
        environment = next;
        if (previous != null) {
            previous.succeededBy(driver);
        }
        return run(next);
    }

    private Start run(RunEnvironment env) {
        try {
            int status = program.run(env);
            if (status == 0) {
                driver.mainEnded();
            }
            return new Start(status, null, End.RETURNED);
        } catch (ProgramHalt halt) {
            if (driver.inputError() != null) {
                return new Start(2, new SparkApiException("spark.input", null, driver.inputError().getMessage()),
                        End.RETURNED);
            }
            return new Start(0, null, driver.killed() ? End.KILLED : End.AWAITING);
        } catch (StreamFileException e) {
            return new Start(2, describe(e), End.RETURNED);
        } catch (LangException | GuestException | EngineException | StackOverflowError e) {
            return new Start(1, describe(e), End.RETURNED);
        }
    }

    /**
     * What the student reads about an error of the program, from its main or from a batch the caller ran: located
     * in their file, in their words.
     */
    public LangException describe(Throwable error) {
        String fileName = program.fileName();
        String source = program.source();
        if (error instanceof LangException e) {
            return e.locatedIn(fileName, source);
        }
        if (error instanceof GuestException e) {
            return program.uncaught(e);
        }
        if (error instanceof EngineException e) {
            return SparkApiException.of(e).locatedIn(fileName, source);
        }
        if (error instanceof StreamFileException e) {
            return new SparkApiException("spark.input", null, e.getMessage());
        }
        if (error instanceof StackOverflowError) {
            return new LangException("lang.budget.depth", null, "?", Budget.DEFAULT_DEPTH).locatedIn(fileName, source);
        }
        if (error instanceof RuntimeException e) {
            return program.uncaught(e);
        }
        throw (Error) error;
    }

    /**
     * Kills the driver now, as a crash of its process: its context runs no further batch and nothing more of main
     * runs. The last checkpoint stays in the store for the next {@link #start()}.
     */
    public void crash() {
        if (driver != null) {
            driver.kill();
        }
    }

    /** The context of the current driver (recovered or created), or null before the program made one. */
    public StreamingContext streamingContext() {
        return driver == null ? null : driver.streamingContext();
    }

    /** The driver of the current start, or null before the first. */
    public Driver driver() {
        return driver;
    }

    /** Where this process's checkpoints live. */
    public CheckpointStore checkpoints() {
        return checkpoints;
    }

    /** Every batch report of every start so far, in the order the batches ran. */
    public List<BatchReport> reports() {
        return List.copyOf(reports);
    }
}
