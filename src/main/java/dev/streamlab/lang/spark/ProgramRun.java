package dev.streamlab.lang.spark;

import dev.streamlab.engine.BatchReport;
import dev.streamlab.engine.CheckpointStore;
import dev.streamlab.engine.OutputSink;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.lang.Dialect;
import dev.streamlab.lang.runtime.Budget;
import dev.streamlab.lang.runtime.CompiledProgram;
import dev.streamlab.lang.runtime.LangException;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Runs one program on a stream file on a manual clock, as {@code streamlab run} and grading do: compile, run the
 * main code (which starts the context and awaits it, so the batches run), and report how it ended. Every error is a
 * {@link LangException} pointing into the program; nothing else escapes. At each {@code --- restart} line of the
 * stream file the driver is killed and the program started again from the top ({@link DriverProcess}), with the
 * checkpoints of the run kept in memory for {@code getOrCreate}.
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
        CompiledProgram program;
        try {
            program = request.dialect().compile(request.source(), request.fileName(), request.predefined());
        } catch (LangException e) {
            return new Outcome(1, e, List.of());
        }
        DriverProcess process = new DriverProcess(program, request.args(), request.budget(),
                Driver.replayMode(request.input(), request.batches()), request.console(), request.zone(),
                request.sessionFolder(), new CheckpointStore());
        if (detailed) {
            process.reportInDetail();
        }
        DriverProcess.Start start = process.start();
        while (start.end() == DriverProcess.End.KILLED) {
            start = process.start();
        }
        return new Outcome(start.status(), start.error(), process.reports());
    }
}
