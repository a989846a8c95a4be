package dev.streamlab.lang.spark;

import dev.streamlab.engine.BatchReport;
import dev.streamlab.engine.Clock;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.dstream.SocketInputDStream;
import dev.streamlab.lang.runtime.CompiledProgram;
import dev.streamlab.lang.runtime.LangException;

import java.util.List;

/**
 * A program running live in a lab session. Its main code runs once, on the caller's thread, up to
 * {@code awaitTermination} — which in a lab returns at once, as no thread may wait for a student's program — and
 * leaves a started context whose batches the session runs on the shared scheduler through {@link #runBatch}.
 * Input comes from the session: the lines typed into each socket.
 */
public final class LiveRun {

    private final ProgramRun.Request request;
    private final CompiledProgram program;
    private final Driver driver;
    private final LangException error;
    private int batches;

    private LiveRun(ProgramRun.Request request, CompiledProgram program, Driver driver, LangException error) {
        this.request = request;
        this.program = program;
        this.driver = driver;
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
            return new LiveRun(request, null, null, e);
        }
        Driver driver = new Driver(request.dialect().language(), new LiveMode(clock), request.console(),
                request.zone(), request.sessionFolder());
        driver.reportInDetail();
        ProgramRun.Outcome outcome = ProgramRun.execute(request, driver, program);
        return new LiveRun(request, program, driver, outcome.error());
    }

    /** The error that stopped the program before its context ran (a parse error, an exception in main), or null. */
    public LangException error() {
        return error;
    }

    /** The context the program started, or null when it started none. */
    public StreamingContext context() {
        if (driver == null) {
            return null;
        }
        StreamingContext ssc = driver.streamingContext();
        return ssc != null && ssc.state() == StreamingContext.State.ACTIVE ? ssc : null;
    }

    /** The program's {@code socketTextStream}s, in creation order. */
    public List<SocketInputDStream> sockets() {
        StreamingContext ssc = context();
        if (ssc == null) {
            return List.of();
        }
        return ssc.inputs().stream().filter(SocketInputDStream.class::isInstance)
                .map(SocketInputDStream.class::cast).toList();
    }

    /** Runs the batch of {@code time} with a fresh step allowance, as the driver's replay does. */
    public BatchReport runBatch(Time time) {
        driver.beforeBatch(++batches);
        return driver.streamingContext().runBatch(time);
    }

    /** The number of batches run so far. */
    public int batches() {
        return batches;
    }

    /** What the student reads about an error a batch raised: located in their program, in its words. */
    public LangException describe(Throwable batchError) {
        return ProgramRun.describe(batchError, program, request);
    }

    /** A batch time as the program's {@code print()} heads it: {@code 1000 ms}, or PySpark's local date and time. */
    public String timeLabel(Time time) {
        return request.dialect().language() == dev.streamlab.lang.ast.Language.PYTHON
                ? dev.streamlab.lang.python.PyDateTime.fromEpochMillis(time.milliseconds(), request.zone()).pyStr()
                : time.toString();
    }

    /** Stops the program's context; batches still queued are dropped. */
    public void stop() {
        StreamingContext ssc = driver == null ? null : driver.streamingContext();
        if (ssc != null && ssc.state() == StreamingContext.State.ACTIVE) {
            ssc.stop();
        }
    }

    /** {@code awaitTermination} in a lab: the main code ends here and the session takes over the context. */
    private record LiveMode(Clock clock) implements Driver.Mode {

        @Override
        public void awaitTermination(Driver driver) {
            throw new dev.streamlab.lang.runtime.ProgramExit(0);
        }

        @Override
        public boolean awaitTermination(Driver driver, long millis) {
            throw new dev.streamlab.lang.runtime.ProgramExit(0);
        }

        @Override
        public void mainEnded(Driver driver) {
        }
    }
}
