package dev.streamlab.lang.spark;

import dev.streamlab.engine.BatchReport;
import dev.streamlab.engine.CheckpointStore;
import dev.streamlab.engine.Clock;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.dstream.FileInputDStream;
import dev.streamlab.engine.dstream.SocketInputDStream;
import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.python.PyDateTime;
import dev.streamlab.lang.runtime.CompiledProgram;
import dev.streamlab.lang.runtime.LangException;

import java.util.List;

/**
 * A program running live in a lab session, as a {@link DriverProcess} whose batches the session runs. Its main code
 * runs on the caller's thread up to {@code awaitTermination} — which in a lab hands the started context over, as no
 * thread may wait for a student's program — and {@link #restart()} kills the driver and runs main again from the
 * top, so that {@code getOrCreate} recovers the checkpointed context (state, downtime batches) as Spark does.
 */
public final class LiveRun {

    private final ProgramRun.Request request;
    private final DriverProcess process;
    private LangException error;
    private int batches;

    private LiveRun(ProgramRun.Request request, DriverProcess process, LangException error) {
        this.request = request;
        this.process = process;
        this.error = error;
    }

    /**
     * Compiles and starts the program on {@code clock}. The request's input and batch count are ignored: a live
     * program reads what is typed, for as long as it runs. Never throws for anything the program does.
     */
    public static LiveRun start(ProgramRun.Request request, Clock clock) {
        CompiledProgram program;
        try {
            program = request.dialect().compile(request.source(), request.fileName(), request.predefined());
        } catch (LangException e) {
            return new LiveRun(request, null, e);
        }
        DriverProcess process = new DriverProcess(program, request.args(), request.budget(),
                Driver.handingOver(clock), request.console(), request.zone(), request.sessionFolder(),
                new CheckpointStore()).reportInDetail();
        LiveRun run = new LiveRun(request, process, null);
        run.error = process.start().error();
        return run;
    }

    /** "Restart driver": the driver dies where it stands and main runs again from the top, checkpoints kept. */
    public void restart() {
        if (process != null) {
            process.crash();
            error = process.start().error();
        }
    }

    /** The error that stopped the program before its context ran (a parse error, an exception in main), or null. */
    public LangException error() {
        return error;
    }

    /** The context the program started (or recovered), or null when none runs. */
    public StreamingContext context() {
        StreamingContext ssc = process == null ? null : process.streamingContext();
        return ssc != null && ssc.state() == StreamingContext.State.ACTIVE ? ssc : null;
    }

    /** The program's {@code socketTextStream}s, in creation order. */
    public List<SocketInputDStream> sockets() {
        return inputs(SocketInputDStream.class);
    }

    /** The folders the program's {@code textFileStream}s watch, in creation order. */
    public List<FileInputDStream> folders() {
        return inputs(FileInputDStream.class);
    }

    private <T> List<T> inputs(Class<T> kind) {
        StreamingContext ssc = context();
        if (ssc == null) {
            return List.of();
        }
        return ssc.inputs().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** Runs the batch of {@code time} with a fresh step allowance, as the driver's replay does. */
    public BatchReport runBatch(Time time) {
        process.driver().beforeBatch(++batches);
        return process.streamingContext().runBatch(time);
    }

    /** The number of batches run so far, over every restart. */
    public int batches() {
        return batches;
    }

    /** What the student reads about an error a batch raised: located in their program, in its words. */
    public LangException describe(Throwable batchError) {
        return process.describe(batchError);
    }

    /** A batch time as the program's {@code print()} heads it: {@code 1000 ms}, or PySpark's local date and time. */
    public String timeLabel(Time time) {
        return request.dialect().language() == Language.PYTHON
                ? PyDateTime.fromEpochMillis(time.milliseconds(), request.zone()).pyStr()
                : time.toString();
    }

    /** Stops the program's context; batches still queued are dropped. */
    public void stop() {
        StreamingContext ssc = context();
        if (ssc != null) {
            ssc.stop();
        }
    }
}
