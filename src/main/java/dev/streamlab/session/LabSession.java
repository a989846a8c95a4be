package dev.streamlab.session;

import dev.streamlab.engine.BatchReport;
import dev.streamlab.engine.BatchScheduler;
import dev.streamlab.engine.Clock;
import dev.streamlab.engine.OutputSink;
import dev.streamlab.engine.PausableClock;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.dstream.FileInputDStream;
import dev.streamlab.engine.dstream.SocketInputDStream;
import dev.streamlab.engine.source.DroppedFile;
import dev.streamlab.engine.source.SourceRef;
import dev.streamlab.engine.source.StreamBatch;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.engine.source.StreamRecord;
import dev.streamlab.lang.Dialect;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.spark.LiveRun;
import dev.streamlab.lang.spark.ProgramRun;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One live lab, one browser tab: the student's program on a pausable clock, the sockets it reads, and what each batch
 * did, told to the page as {@link LabEvent}s. It owns no thread: the program's main code runs on the caller's, its
 * batches on the shared {@link BatchScheduler}.
 */
public final class LabSession {

    /** Receiver blocks are cut every 200 ms, as {@code spark.streaming.blockInterval} does. */
    static final long BLOCK_INTERVAL_MILLIS = 200;

    private static final long ATTACHED = Long.MIN_VALUE;

    /** A dropped file is named, not a path, and not hidden (Spark skips names starting with a dot). */
    private static final Pattern FILE_NAME = Pattern.compile("[^./\\\\\\p{Cntrl}][^/\\\\\\p{Cntrl}]{0,99}");

    public enum State { IDLE, RUNNING, PAUSED, STOPPED, FAILED }

    /** What Run starts: the program, its language and its arguments. */
    public record RunSpec(Dialect dialect, String code, List<String> args) {
        public RunSpec {
            args = List.copyOf(args);
        }

        String fileName() {
            return dialect == Dialect.SCALA ? "Main.scala" : "main.py";
        }
    }

    private final String id;
    private final String browserId;
    private final SessionLimits limits;
    private final BatchScheduler scheduler;
    private final Clock baseClock;
    private final Path folder;
    private final ZoneId zone;
    private final SessionMetrics metrics;
    private final InputRate inputRate;
    private final ConsoleBuffer console;
    private volatile Consumer<LabEvent> listener = event -> { };
    private volatile Locale locale = Locale.ENGLISH;
    private volatile long detachedSince;

    private RunSpec spec;
    private LiveRun run;
    private PausableClock clock;
    private BatchScheduler.Registration registration;
    private BatchViews views;
    private ReplayFeed replay;
    private State state = State.IDLE;
    private int generation;

    LabSession(String id, String browserId, SessionLimits limits, BatchScheduler scheduler, Clock baseClock,
               Path folder, ZoneId zone, SessionMetrics metrics) {
        this.id = id;
        this.browserId = browserId;
        this.limits = limits;
        this.scheduler = scheduler;
        this.baseClock = baseClock;
        this.folder = folder;
        this.zone = zone;
        this.metrics = metrics;
        this.inputRate = new InputRate(limits.maxLinesPerSecond(), baseClock);
        this.console = new ConsoleBuffer(limits.maxConsoleLinesPerBatch());
        this.detachedSince = baseClock.millis();
    }

    public String id() {
        return id;
    }

    String browserId() {
        return browserId;
    }

    public synchronized State state() {
        return state;
    }

    /** The page that hears this session's events from now on (a reconnecting tab takes over). */
    public void attach(Consumer<LabEvent> events, Locale language) {
        this.listener = events;
        this.locale = language;
        this.detachedSince = ATTACHED;
        emitStatus();
    }

    /** The page went away; the session keeps running until it expires. */
    public void detach() {
        this.listener = event -> { };
        this.detachedSince = baseClock.millis();
    }

    public void setLocale(Locale language) {
        this.locale = language;
    }

    boolean expired(long now) {
        long since = detachedSince;
        return since != ATTACHED && now - since >= limits.idleMinutes() * 60_000L;
    }

    /** (Re)starts the program from the top, with empty state. */
    public synchronized void run(RunSpec program) {
        if (program.code().length() > limits.maxProgramChars()) {
            problem("limit", LabMessages.get(locale, "lab.limit.program", program.code().length(),
                    limits.maxProgramChars()));
            return;
        }
        halt();
        this.spec = program;
        start();
    }

    private void start() {
        clock = new PausableClock(baseClock);
        console.clear();
        ProgramRun.Request request = new ProgramRun.Request(spec.code(), spec.fileName(), spec.dialect(),
                spec.args(), null, null, console.sink(), zone, folder, null, null);
        run = LiveRun.start(request, clock);
        views = new BatchViews(spec.dialect(), limits.maxRecordsShown(), run::timeLabel);
        takeOver();
    }

    /** After main ran (first or again): the started context's batches go to the scheduler, or the problem is told. */
    private void takeOver() {
        int current = ++generation;
        flushConsole();
        if (run.error() != null) {
            fail(run.error());
            return;
        }
        StreamingContext ssc = run.context();
        if (ssc == null) {
            state = State.STOPPED;
            problem("no-context", LabMessages.get(locale, "lab.pitfall.noContext"));
            emitStatus();
            return;
        }
        state = State.RUNNING;
        if (clock.paused()) {
            clock.resume();
        }
        List<String> warnings = new ArrayList<>();
        if (run.sockets().isEmpty() && run.folders().isEmpty()) {
            warnings.add(LabMessages.get(locale, "lab.pitfall.noSocket"));
        }
        emit(new LabEvent.Started(spec.dialect().name().toLowerCase(Locale.ROOT),
                run.sockets().stream().map(SocketInputDStream::description).toList(),
                run.folders().stream().map(FileInputDStream::description).toList(),
                ssc.batchDuration().milliseconds(), ssc.nextBatchTime().milliseconds(), BatchViews.graph(ssc),
                warnings));
        registration = scheduler.register(ssc, run::runBatch, report -> onBatch(current, report));
        metrics.programStarted();
        emitStatus();
    }

    private void onBatch(int runGeneration, BatchReport report) {
        LabEvent.BatchView view;
        synchronized (this) {
            if (runGeneration != generation) {
                return;
            }
            long delay = Math.max(0, clock.millis() - report.time().milliseconds());
            view = views.view(run.batches(), report, delay);
            metrics.batchRan(delay, report.processingNanos());
        }
        flushConsole();
        emit(new LabEvent.Batch(view));
        synchronized (this) {
            if (runGeneration != generation) {
                return;
            }
            if (report.failed()) {
                fail(run.describe(report.error()));
                return;
            }
            int largest = report.states().stream().mapToInt(BatchReport.StateReport::size).max().orElse(0);
            if (largest > limits.maxStateKeys()) {
                halt();
                state = State.STOPPED;
                problem("limit", LabMessages.get(locale, "lab.limit.state", largest, limits.maxStateKeys()));
                emitStatus();
                return;
            }
            if (replay != null) {
                feedReplay();
            }
            emitStatus();
        }
    }

    public synchronized void stop() {
        if (live()) {
            halt();
            state = State.STOPPED;
            emitStatus();
        }
    }

    public synchronized void pause() {
        if (state == State.RUNNING) {
            clock.pause();
            registration.pause();
            state = State.PAUSED;
            emitStatus();
        }
    }

    public synchronized void resume() {
        if (state == State.PAUSED) {
            clock.resume();
            state = State.RUNNING;
            registration.resume();
            emitStatus();
        }
    }

    /** Paused: runs exactly the next batch (its clock jumps to that batch's time). Running: pauses first. */
    public synchronized void step() {
        if (state == State.RUNNING) {
            pause();
        }
        if (state == State.PAUSED) {
            clock.advanceTo(run.context().nextBatchTime().milliseconds());
            registration.step();
        }
    }

    /**
     * A simulated driver crash: the program stops abruptly and runs again from the top, on the same clock and with
     * the same checkpoints, so {@code getOrCreate} recovers its state and the batches of the downtime.
     */
    public synchronized void restartDriver() {
        if (run == null) {
            notRunning();
            return;
        }
        halt();
        run.restart();
        takeOver();
    }

    /** Lines typed into the socket named {@code source} ({@code localhost:9999}). */
    public synchronized void input(String source, List<String> lines) {
        SocketInputDStream socket = liveSocket(source);
        if (socket == null) {
            return;
        }
        for (String line : lines) {
            if (line.length() > limits.maxLineChars()) {
                problem("limit", LabMessages.get(locale, "lab.limit.line", line.length(), limits.maxLineChars()));
                continue;
            }
            if (!inputRate.take()) {
                problem("limit", LabMessages.get(locale, "lab.limit.rate", limits.maxLinesPerSecond()));
                return;
            }
            offer(socket, line);
        }
    }

    /**
     * A file dropped into the folder the program's {@code textFileStream} watches, named as the program names it: moved
     * in atomically now, so the batch being received reads it, as a file moved into a watched folder of Spark is.
     */
    public synchronized void drop(String folder, String name, String content) {
        if (!live()) {
            notRunning();
            return;
        }
        FileInputDStream watched = run.folders().stream().filter(f -> f.description().equals(folder)).findFirst()
                .orElse(null);
        if (watched == null) {
            problem("no-folder", LabMessages.get(locale, "lab.input.noFolder", folder));
            return;
        }
        if (!FILE_NAME.matcher(name).matches()) {
            problem("drop", LabMessages.get(locale, "lab.input.fileName", name));
            return;
        }
        if (content.length() > limits.maxFileChars()) {
            problem("limit", LabMessages.get(locale, "lab.limit.file", content.length(), limits.maxFileChars()));
            return;
        }
        List<String> lines = content.lines().toList();
        int longest = lines.stream().mapToInt(String::length).max().orElse(0);
        if (longest > limits.maxLineChars()) {
            problem("limit", LabMessages.get(locale, "lab.limit.line", longest, limits.maxLineChars()));
            return;
        }
        if (!inputRate.take()) {
            problem("limit", LabMessages.get(locale, "lab.limit.rate", limits.maxLinesPerSecond()));
            return;
        }
        dropInto(watched, new DroppedFile(name, lines, 0));
    }

    private void dropInto(FileInputDStream folder, DroppedFile file) {
        folder.drop(file.name(), file.content());
        emit(new LabEvent.Dropped(folder.description(), file.name(), file.lines().size(),
                run.context().nextBatchTime().milliseconds()));
    }

    /** Feeds a stream file's batches into the sockets, one every {@code pace} batches, from the next batch on. */
    public synchronized void replay(StreamFile file, int pace) {
        if (!live()) {
            notRunning();
            return;
        }
        try {
            file.requireReadable(ref -> socketFor(ref) != null);
            file.requireWatchedFolder(!run.folders().isEmpty());
        } catch (RuntimeException e) {
            problem("replay", e.getMessage());
            return;
        }
        replay = new ReplayFeed(file, Math.max(1, pace));
        feedReplay();
    }

    private void feedReplay() {
        if (!replay.due()) {
            return;
        }
        StreamBatch batch = replay.next();
        for (StreamRecord record : batch.records()) {
            SocketInputDStream socket = socketFor(record.source());
            if (socket != null) {
                offer(socket, record.text());
            }
        }
        for (DroppedFile dropped : batch.files()) {
            dropInto(run.folders().get(0), dropped);
        }
        emit(new LabEvent.Replay(replay.name(), replay.fed(), replay.total(), replay.done()));
        if (replay.done()) {
            replay = null;
        }
    }

    private void offer(SocketInputDStream socket, String line) {
        long now = clock.millis();
        socket.offer(line, Math.floorDiv(now, BLOCK_INTERVAL_MILLIS));
        emit(new LabEvent.Echo(socket.description(), line, run.context().nextBatchTime().milliseconds()));
    }

    private SocketInputDStream liveSocket(String source) {
        if (!live()) {
            notRunning();
            return null;
        }
        for (SocketInputDStream socket : run.sockets()) {
            if (socket.description().equals(source)) {
                return socket;
            }
        }
        problem("no-socket", LabMessages.get(locale, "lab.input.noSocket", source));
        return null;
    }

    private SocketInputDStream socketFor(SourceRef ref) {
        for (SocketInputDStream socket : run.sockets()) {
            if (ref.isDefault() || ref.names(socket.host(), socket.port())) {
                return socket;
            }
        }
        return null;
    }

    /** Ends the session for good: its program stops and its page hears no more. */
    public synchronized void close() {
        halt();
        state = State.STOPPED;
        listener = event -> { };
    }

    Path folder() {
        return folder;
    }

    /** No batch of the current program runs any more (it can still be restarted). */
    private void halt() {
        generation++;
        replay = null;
        if (registration != null) {
            registration.cancel();
            registration = null;
            metrics.programStopped();
        }
        if (run != null) {
            run.stop();
        }
    }

    private void fail(LangException error) {
        halt();
        state = State.FAILED;
        LangException located = error;
        int line = located.position() == null ? 0 : located.position().line();
        int column = located.position() == null ? 0 : located.position().column();
        emit(new LabEvent.Problem("error", located.message(locale), line, column, located.render(locale)));
        emitStatus();
    }

    private boolean live() {
        return state == State.RUNNING || state == State.PAUSED;
    }

    /** A socket only receives while a program reads it, as with {@code nc}: Run first. */
    private void notRunning() {
        problem("not-running", LabMessages.get(locale, "lab.input.notRunning"));
    }

    private void problem(String kind, String message) {
        emit(new LabEvent.Problem(kind, message, 0, 0, null));
    }

    private void flushConsole() {
        LabEvent.Console printed = console.drain();
        if (printed != null) {
            emit(printed);
        }
    }

    private synchronized void emitStatus() {
        long next = run != null && run.context() != null ? run.context().nextBatchTime().milliseconds() : 0;
        long now = clock == null ? baseClock.millis() : clock.millis();
        emit(new LabEvent.Status(state.name().toLowerCase(Locale.ROOT), now, next, run == null ? 0 : run.batches()));
    }

    private void emit(LabEvent event) {
        listener.accept(event);
    }

    /** What the program prints, held until its batch (or its start) is told to the page. */
    private static final class ConsoleBuffer {
        private final int max;
        private final List<LabEvent.ConsoleLine> lines = new ArrayList<>();
        private int dropped;

        ConsoleBuffer(int max) {
            this.max = max;
        }

        OutputSink sink() {
            return new OutputSink() {
                @Override
                public void out(String line) {
                    add(line, false);
                }

                @Override
                public void err(String line) {
                    add(line, true);
                }
            };
        }

        private synchronized void add(String line, boolean err) {
            if (lines.size() < max) {
                lines.add(new LabEvent.ConsoleLine(line, err));
            } else {
                dropped++;
            }
        }

        synchronized void clear() {
            lines.clear();
            dropped = 0;
        }

        synchronized LabEvent.Console drain() {
            if (lines.isEmpty() && dropped == 0) {
                return null;
            }
            LabEvent.Console console = new LabEvent.Console(List.copyOf(lines), dropped);
            clear();
            return console;
        }
    }
}
