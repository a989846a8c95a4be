package dev.streamlab.engine;

import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.dstream.FileInputDStream;
import dev.streamlab.engine.dstream.ForEachDStream;
import dev.streamlab.engine.dstream.InputDStream;
import dev.streamlab.engine.dstream.QueueInputDStream;
import dev.streamlab.engine.dstream.SocketInputDStream;
import dev.streamlab.engine.dstream.TransformedDStream;
import dev.streamlab.engine.dstream.UnionDStream;
import dev.streamlab.engine.rdd.Rdd;
import dev.streamlab.engine.rdd.RddContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/**
 * One program's streaming context: its batch interval, its graph of streams and output operations, its life cycle
 * (initialized → active → stopped) with Spark's rules and messages, and the generation of batches. It owns no
 * thread: on a manual clock the caller runs batches one by one ({@link #advance()}); on the system clock a shared
 * {@link BatchScheduler} calls {@link #runBatch(Time)}.
 *
 * <p>With a {@link CheckpointStore} and a checkpoint directory, every batch ends by writing a {@link Checkpoint};
 * {@link #recover} builds a context from one, as {@code StreamingContext.getOrCreate} does after the driver died
 * ({@link #kill()}): same graph, same zero time, and its first batches are the checkpoint's own batch and those that
 * fell into the downtime, before the batches of the new start.
 */
public final class StreamingContext {

    public enum State { INITIALIZED, ACTIVE, STOPPED }

    private final Duration batchDuration;
    private final Clock clock;
    private final RddContext rddContext;
    private final QuietableSink sink;
    private final List<DStream<?>> streams = new ArrayList<>();
    private final List<InputDStream<?>> inputs = new ArrayList<>();
    private final List<ForEachDStream<?>> outputs = new ArrayList<>();
    private final List<BatchListener> listeners = new CopyOnWriteArrayList<>();
    private volatile State state = State.INITIALIZED;
    private String checkpointDirectory;
    private Duration rememberDuration;
    private Time zeroTime;
    private Time lastBatch;
    private volatile Throwable failure;
    private BatchTrace trace = BatchTrace.OFF;
    private CheckpointStore checkpointStore;
    private Checkpoint recoveredFrom;
    private Time startTime;
    private Map<String, String> sparkConf = Map.of();

    public StreamingContext(Duration batchDuration, Clock clock, RddContext rddContext, OutputSink sink) {
        if (batchDuration.milliseconds() <= 0) {
            throw new EngineException(EngineException.ILLEGAL_ARGUMENT,
                    "requirement failed: Batch duration must be positive, was " + batchDuration,
                    "use a batch interval of at least 1 ms, e.g. Seconds(1)");
        }
        this.batchDuration = batchDuration;
        this.clock = clock;
        this.rddContext = rddContext;
        this.sink = new QuietableSink(sink);
    }

    /**
     * A context rebuilt from {@code checkpoint} (spec §5.3): the checkpointed graph, functions and zero time, each
     * stream remembering only the RDDs the checkpoint kept. Not started yet; {@link #start()} schedules the batches
     * from the checkpoint's time on. Fails with Spark's error when a stream cannot be recovered (a queue stream).
     */
    public static StreamingContext recover(Checkpoint checkpoint, Clock clock, OutputSink sink) {
        StreamingContext ssc = new StreamingContext(checkpoint.batchDuration(), clock, checkpoint.rddContext(), sink);
        ssc.recoveredFrom = checkpoint;
        ssc.checkpointDirectory = checkpoint.directory();
        ssc.rememberDuration = checkpoint.rememberDuration();
        ssc.sparkConf = checkpoint.sparkConf();
        ssc.zeroTime = checkpoint.zeroTime();
        ssc.streams.addAll(checkpoint.streams());
        ssc.inputs.addAll(checkpoint.inputs());
        ssc.outputs.addAll(checkpoint.outputs());
        for (DStream<?> stream : checkpoint.streams()) {
            stream.restore(ssc, checkpoint.data(stream));
        }
        return ssc;
    }

    public Duration batchDuration() {
        return batchDuration;
    }

    /** Whether this context came back from a checkpoint. */
    public boolean isRecovered() {
        return recoveredFrom != null;
    }

    /**
     * The first batch time of this start: the first batch of a new context, or the first batch after the downtime of
     * a recovered one (the batches before it are generated again, and a receiver has no data for them).
     */
    public Time startTime() {
        return startTime;
    }

    /** Where this context writes its checkpoints once {@link #checkpoint(String)} names a directory. */
    public void useCheckpointStore(CheckpointStore store) {
        this.checkpointStore = store;
    }

    /** The settings of the SparkContext this context runs on, which its checkpoints keep. */
    public Map<String, String> sparkConf() {
        return sparkConf;
    }

    public void sparkConf(Map<String, String> settings) {
        this.sparkConf = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
    }

    Duration rememberDuration() {
        return rememberDuration;
    }

    public Clock clock() {
        return clock;
    }

    public RddContext rddContext() {
        return rddContext;
    }

    /** Where output operations and the program's own prints go. */
    public OutputSink sink() {
        return sink;
    }

    public State state() {
        return state;
    }

    public Time zeroTime() {
        return zeroTime;
    }

    public String checkpointDirectory() {
        return checkpointDirectory;
    }

    /** The error that stopped the context (what {@code awaitTermination} rethrows), or null. */
    public Throwable failure() {
        return failure;
    }

    public List<InputDStream<?>> inputs() {
        return List.copyOf(inputs);
    }

    public List<ForEachDStream<?>> outputs() {
        return List.copyOf(outputs);
    }

    public List<DStream<?>> streams() {
        return List.copyOf(streams);
    }

    public void addListener(BatchListener listener) {
        listeners.add(listener);
    }

    public void removeListener(BatchListener listener) {
        listeners.remove(listener);
    }

    /** Whether a report is recomputing data now, so that nothing may print. */
    public boolean isQuiet() {
        return sink.isQuiet();
    }

    /** The trace operators record into while a batch is generated. */
    public BatchTrace trace() {
        return trace;
    }

    // ---- graph building, called by the streams themselves

    public void checkCanAddStreams() {
        if (state == State.ACTIVE) {
            throw new EngineException(EngineException.ILLEGAL_STATE, "Adding new inputs, transformations, and output"
                    + " operations after starting a context is not supported",
                    "define every stream and output operation before ssc.start()");
        }
        if (state == State.STOPPED) {
            throw new EngineException(EngineException.ILLEGAL_STATE, "Adding new inputs, transformations, and output"
                    + " operations after stopping a context is not supported",
                    "a stopped context is final: build a new StreamingContext");
        }
    }

    public void checkNotStartedFor(String message) {
        if (state != State.INITIALIZED) {
            throw new EngineException(EngineException.UNSUPPORTED, message,
                    "set persistence and checkpoint intervals before ssc.start()");
        }
    }

    public synchronized int registerStream(DStream<?> stream) {
        streams.add(stream);
        return streams.size() - 1;
    }

    public synchronized void registerInput(InputDStream<?> input) {
        inputs.add(input);
    }

    public synchronized void registerOutput(ForEachDStream<?> output) {
        outputs.add(output);
    }

    // ---- sources and combinators

    public SocketInputDStream socketTextStream(String host, int port) {
        return new SocketInputDStream(this, host, port);
    }

    /** {@code textFileStream}: the text files that appear in {@code directory}; {@code name} is how the program named it. */
    public FileInputDStream textFileStream(Path directory, String name) {
        return new FileInputDStream(this, directory, name);
    }

    /** Spark's default: an exhausted queue yields an empty RDD with one partition. */
    public <T> QueueInputDStream<T> queueStream(Queue<Rdd<T>> queue, boolean oneAtATime) {
        return queueStream(queue, oneAtATime, Rdd.parallelize(rddContext, List.of(), 1));
    }

    public <T> QueueInputDStream<T> queueStream(Queue<Rdd<T>> queue, boolean oneAtATime, Rdd<T> defaultRdd) {
        return new QueueInputDStream<>(this, queue, oneAtATime, defaultRdd);
    }

    public <T> DStream<T> union(List<DStream<T>> parts) {
        return new UnionDStream<>(parts);
    }

    public <T> DStream<T> transform(List<? extends DStream<?>> parts, BiFunction<List<Rdd<?>>, Time, Rdd<T>> f) {
        return new TransformedDStream<>(parts, f, true);
    }

    public void checkpoint(String directory) {
        this.checkpointDirectory = directory;
    }

    public void remember(Duration duration) {
        EngineException.require(rememberDuration == null,
                "Remember duration already set as " + rememberDuration + ". Cannot set it again.",
                "call remember once");
        this.rememberDuration = duration;
    }

    // ---- life cycle

    /**
     * Validates the graph and fixes zero time: the first batch is the first multiple of the batch interval strictly
     * after now. A failed start leaves the context stopped, as Spark does.
     */
    public synchronized void start() {
        if (state == State.ACTIVE) {
            sink.err("WARN StreamingContext: StreamingContext has already been started");
            return;
        }
        if (state == State.STOPPED) {
            throw new EngineException(EngineException.ILLEGAL_STATE, "StreamingContext has already been stopped",
                    "a stopped context is final: build a new StreamingContext");
        }
        try {
            EngineException.require(!outputs.isEmpty(), "No output operations registered, so nothing to execute",
                    "add an output operation such as print() or foreachRDD before ssc.start()");
            if (recoveredFrom != null) {
                restart();
                state = State.ACTIVE;
                return;
            }
            long now = clock.millis();
            long b = batchDuration.milliseconds();
            Time first = new Time((Math.floorDiv(now, b) + 1) * b);
            zeroTime = first.minus(batchDuration);
            startTime = first;
            for (ForEachDStream<?> out : outputs) {
                out.initialize(zeroTime);
            }
            for (ForEachDStream<?> out : outputs) {
                out.remember(rememberDuration);
            }
            for (ForEachDStream<?> out : outputs) {
                out.validateAtStart();
            }
        } catch (RuntimeException e) {
            state = State.STOPPED;
            sink.err("ERROR StreamingContext: Error starting the context, marking it as stopped");
            throw e;
        }
        state = State.ACTIVE;
    }

    /**
     * Spark's {@code JobGenerator.restart}: the next batches are the checkpoint's own and the downtime's, up to the
     * first batch time after now on the original zero time's grid. A manual clock behind the checkpoint is moved to
     * it, as Spark does with its test clock.
     */
    private void restart() {
        Time checkpointTime = recoveredFrom.checkpointTime();
        if (clock instanceof ManualClock manual && manual.millis() < checkpointTime.milliseconds()) {
            manual.setTime(checkpointTime.milliseconds());
        }
        long b = batchDuration.milliseconds();
        long sinceZero = clock.millis() - zeroTime.milliseconds();
        startTime = zeroTime.plus(new Duration((Math.floorDiv(sinceZero, b) + 1) * b));
        lastBatch = checkpointTime.minus(batchDuration);
        for (ForEachDStream<?> out : outputs) {
            if (out.zeroTime() != null) {
                out.remember(rememberDuration);
                out.validateAtStart();
            }
        }
    }

    /**
     * The driver dies: no further batch, no log line, nothing graceful. What it checkpointed stays in the store
     * for the program started again.
     */
    public synchronized void kill() {
        state = State.STOPPED;
    }

    /**
     * Stops for good. Stopping a context that never started logs Spark's warning; stopping a stopped one stays
     * silent, because here a failed batch already stops the context, where Spark would leave it active.
     */
    public synchronized void stop() {
        if (state == State.INITIALIZED) {
            sink.err("WARN StreamingContext: StreamingContext has not been started yet");
        }
        state = State.STOPPED;
    }

    /** The time of the next batch to run. */
    public synchronized Time nextBatchTime() {
        if (zeroTime == null) {
            throw new EngineException(EngineException.ILLEGAL_STATE, "StreamingContext has not been started",
                    "call ssc.start() first");
        }
        return lastBatch == null ? zeroTime.plus(batchDuration) : lastBatch.plus(batchDuration);
    }

    /** On a manual clock: moves the clock to the next batch time and runs that batch. */
    public BatchReport advance() {
        Time next = nextBatchTime();
        if (clock instanceof ManualClock manual && manual.millis() < next.milliseconds()) {
            manual.setTime(next.milliseconds());
        }
        return runBatch(next);
    }

    /**
     * A recovered context keeps the streams it was checkpointed with; an output operation the program added after
     * getOrCreate was never initialized, and Spark fails generating the first batch for it.
     */
    private void requireInitializedOutputs() {
        for (ForEachDStream<?> out : outputs) {
            if (out.zeroTime() == null) {
                throw new EngineException(EngineException.SPARK, out + " has not been initialized",
                        "a context recovered from a checkpoint has only the streams the function given to"
                                + " getOrCreate defined: define every stream and output operation inside it");
            }
        }
    }

    /**
     * Generates the batch of {@code time} and runs its jobs, one per output operation in registration order. A
     * failing job stops the batch and the context; what earlier jobs printed stays printed.
     */
    public synchronized BatchReport runBatch(Time time) {
        if (state != State.ACTIVE) {
            throw new EngineException(EngineException.ILLEGAL_STATE, "StreamingContext is not active",
                    "start the context before running batches");
        }
        long started = System.nanoTime();
        boolean reporting = !listeners.isEmpty();
        trace = reporting ? BatchTrace.recording() : BatchTrace.OFF;
        lastBatch = time;
        Throwable error = null;
        int ran = 0;
        try {
            requireInitializedOutputs();
            for (InputDStream<?> input : inputs) {
                input.allocate(time);
            }
            List<Runnable> jobs = new ArrayList<>(outputs.size());
            for (ForEachDStream<?> out : outputs) {
                jobs.add(out.job(time));
            }
            for (Runnable job : jobs) {
                if (job != null) {
                    job.run();
                }
                ran++;
            }
        } catch (RuntimeException | StackOverflowError e) {
            error = e;
            failure = e;
            state = State.STOPPED;
        }
        long elapsed = System.nanoTime() - started;
        BatchReport report = null;
        if (reporting) {
            report = new ReportBuilder(this, sink).build(time, trace, ran, elapsed, error);
            for (BatchListener l : listeners) {
                l.onBatch(report);
            }
        }
        trace = BatchTrace.OFF;
        for (ForEachDStream<?> out : outputs) {
            if (out.zeroTime() != null) {
                out.clearMetadata(time);
            }
        }
        if (error == null && checkpointStore != null && checkpointDirectory != null) {
            checkpointStore.write(Checkpoint.of(this, time));
        }
        return report != null ? report : ReportBuilder.minimal(time, elapsed, error);
    }
}
