package dev.streamlab.engine.source;

import dev.streamlab.engine.BatchReport;
import dev.streamlab.engine.Duration;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.dstream.FileInputDStream;
import dev.streamlab.engine.dstream.InputDStream;
import dev.streamlab.engine.dstream.SocketInputDStream;
import dev.streamlab.engine.dstream.Windowed;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntConsumer;

/**
 * Plays a stream file into a started context on a manual clock: batch n's records go to their sockets and its files
 * into the watched folder, then batch n runs. Without a fixed count, the run goes on with empty batches until the
 * longest window has slid past the data.
 *
 * <p>A {@code --- restart} line ends its batch with the driver's death: {@link #takeRestart()} tells the caller,
 * who kills the context, lets the downtime pass and starts the program again; {@link #continueOn} then hands the
 * replay to the new context. A context recovered from a checkpoint first generates the batches from the checkpoint
 * to the restart again ({@link #recovering()}); those are fed nothing, and the file goes on after them.
 */
public final class StreamReplay {

    private StreamingContext ssc;
    private final StreamFile file;
    private final int total;
    private int done;
    private StreamBatch.Restart restart;

    /** A replay of {@code batches} batches, or of the default count when null. */
    public StreamReplay(StreamingContext ssc, StreamFile file, Integer batches) {
        this.ssc = ssc;
        this.file = file;
        requireReadable();
        this.total = batches == null ? defaultBatchCount() : batches;
    }

    public StreamReplay(StreamingContext ssc, StreamFile file) {
        this(ssc, file, null);
    }

    /** The context the batches now go to. */
    public StreamingContext context() {
        return ssc;
    }

    /** Goes on with the context of the program started again after a restart, from the next batch of the file. */
    public void continueOn(StreamingContext context) {
        this.ssc = context;
        requireReadable();
    }

    private void requireReadable() {
        file.requireReadable(ref -> socketFor(ref) != null);
        file.requireWatchedFolder(watchedFolder() != null);
    }

    /** The batches of the file plus enough empty ones for every window to slide past them. */
    public int defaultBatchCount() {
        long longest = 0;
        for (DStream<?> s : ssc.streams()) {
            if (s instanceof Windowed w) {
                longest = Math.max(longest, w.windowDuration().milliseconds());
            }
        }
        Duration b = ssc.batchDuration();
        return file.batches().size() + (int) (longest / b.milliseconds());
    }

    /** How many batches of the run were fed so far (the batches a recovered context generates again not counted). */
    public int fed() {
        return done;
    }

    /** Whether the context is generating again the batches from its checkpoint up to the restart. */
    public boolean recovering() {
        return ssc.state() == StreamingContext.State.ACTIVE && ssc.isRecovered()
                && ssc.nextBatchTime().isBefore(ssc.startTime());
    }

    /** Whether batches remain and the context still runs. */
    public boolean hasNext() {
        return (done < total || recovering()) && ssc.state() == StreamingContext.State.ACTIVE;
    }

    /**
     * Runs the next batch; {@code beforeBatch} hears its number (from 1) first. A batch generated again after a
     * recovery is fed nothing and bears the number of the last batch fed.
     */
    public BatchReport step(IntConsumer beforeBatch) {
        if (recovering()) {
            beforeBatch.accept(Math.max(done, 1));
            return ssc.advance();
        }
        if (done < file.batches().size()) {
            StreamBatch batch = file.batches().get(done);
            feed(batch);
            restart = batch.restart();
        }
        done++;
        beforeBatch.accept(done);
        return ssc.advance();
    }

    /**
     * The downtime, in batch intervals, when the batch just run ended with a {@code --- restart} line; asked once:
     * the caller kills the driver then.
     */
    public OptionalInt takeRestart() {
        StreamBatch.Restart due = restart;
        restart = null;
        return due == null ? OptionalInt.empty() : OptionalInt.of(due.downtime());
    }

    /** Runs every remaining batch; stops early when one fails. */
    public List<BatchReport> run(IntConsumer beforeBatch) {
        List<BatchReport> reports = new ArrayList<>();
        while (hasNext()) {
            BatchReport report = step(beforeBatch);
            reports.add(report);
            if (report.failed()) {
                break;
            }
        }
        return reports;
    }

    public List<BatchReport> run() {
        return run(n -> { });
    }

    private void feed(StreamBatch batch) {
        for (StreamRecord record : batch.records()) {
            SocketInputDStream socket = socketFor(record.source());
            if (socket != null) {
                socket.offer(record.text());
            }
        }
        if (!batch.files().isEmpty()) {
            FileInputDStream folder = watchedFolder();
            for (DroppedFile dropped : batch.files()) {
                folder.drop(dropped.name(), dropped.content());
            }
        }
    }

    /** The program's first {@code textFileStream}, where dropped files land; null when it watches no folder. */
    private FileInputDStream watchedFolder() {
        for (InputDStream<?> input : ssc.inputs()) {
            if (input instanceof FileInputDStream folder) {
                return folder;
            }
        }
        return null;
    }

    private SocketInputDStream socketFor(SourceRef ref) {
        for (InputDStream<?> input : ssc.inputs()) {
            if (input instanceof SocketInputDStream socket
                    && (ref.isDefault() || ref.names(socket.host(), socket.port()))) {
                return socket;
            }
        }
        return null;
    }
}
