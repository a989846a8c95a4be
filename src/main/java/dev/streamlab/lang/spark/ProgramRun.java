package dev.streamlab.lang.spark;

import dev.streamlab.engine.BatchReport;
import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.OutputSink;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.engine.source.StreamFileException;
import dev.streamlab.lang.Dialect;
import dev.streamlab.lang.runtime.Budget;
import dev.streamlab.lang.runtime.CompiledProgram;
import dev.streamlab.lang.runtime.GuestException;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.runtime.RunEnvironment;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Runs one program on a stream file on a manual clock, as {@code streamlab run} and grading do: compile, run the
 * main code (which starts the context and awaits it, so the batches run), and report how it ended. Every error is a
 * {@link LangException} pointing into the program; nothing else escapes.
 */
public final class ProgramRun {

    /** What to run and where its console goes. */
    public record Request(String source, String fileName, Dialect dialect, List<String> args, StreamFile input,
                         Integer batches, OutputSink console, ZoneId zone, Path sessionFolder,
                         Map<String, Object> predefined, Budget budget) {

        public Request {
            args = List.copyOf(args);
            predefined = predefined == null ? Map.of() : Map.copyOf(predefined);
            budget = budget == null ? Budget.defaults() : budget;
        }
    }

    /** How a run ended: its exit status, the error that ended it (null when none) and its batches. */
    public record Outcome(int status, LangException error, List<BatchReport> reports) {
        public boolean succeeded() {
            return error == null && status == 0;
        }
    }

    private ProgramRun() {
    }

    /** Runs the program; the outcome's reports say only each batch's time, duration and error. */
    public static Outcome run(Request request) {
        return run(request, false);
    }

    /**
     * Runs the program with full batch reports: every output operation's records (what print did not take is
     * recomputed with the console silenced), windows and state changes. Slower; for the lab's views and tests.
     */
    public static Outcome runReporting(Request request) {
        return run(request, true);
    }

    private static Outcome run(Request request, boolean detailed) {
        Driver driver = Driver.replaying(request.dialect().language(), request.input(), request.batches(),
                request.console(), request.zone(), request.sessionFolder());
        if (detailed) {
            driver.reportInDetail();
        }
        return execute(request, driver);
    }

    /** Compiles the program and runs its main code with {@code driver}; how it ended, its errors located. */
    static Outcome execute(Request request, Driver driver) {
        CompiledProgram program;
        try {
            program = request.dialect().compile(request.source(), request.fileName(), request.predefined());
        } catch (LangException e) {
            return new Outcome(1, e, List.of());
        }
        return execute(request, driver, program);
    }

    static Outcome execute(Request request, Driver driver, CompiledProgram program) {
        RunEnvironment environment = new RunEnvironment(request.args(), driver.console(), request.budget())
                .withService(Driver.class, driver);
        driver.useBudget(request.budget());
        try {
            int status = program.run(environment);
            if (status == 0) {
                driver.mainEnded();
            }
            return new Outcome(status, null, driver.reports());
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(e instanceof StreamFileException ? 2 : 1, describe(e, program, request),
                    driver.reports());
        }
    }

    /** What the student reads about an error of their program: located in their file, whatever raised it. */
    static LangException describe(Throwable error, CompiledProgram program, Request request) {
        if (error instanceof LangException e) {
            return e.locatedIn(request.fileName(), request.source());
        }
        if (error instanceof GuestException e) {
            return program.uncaught(e);
        }
        if (error instanceof EngineException e) {
            return SparkApiException.of(e).locatedIn(request.fileName(), request.source());
        }
        if (error instanceof StreamFileException e) {
            return new SparkApiException("spark.input", null, e.getMessage());
        }
        if (error instanceof StackOverflowError) {
            return new LangException("lang.budget.depth", null, "?", Budget.DEFAULT_DEPTH)
                    .locatedIn(request.fileName(), request.source());
        }
        if (error instanceof RuntimeException e) {
            throw e;
        }
        throw (Error) error;
    }
}
