package dev.streamlab.engine.source;

import dev.streamlab.engine.BatchReport;
import dev.streamlab.engine.Duration;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.dstream.InputDStream;
import dev.streamlab.engine.dstream.SocketInputDStream;
import dev.streamlab.engine.dstream.Windowed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Plays a stream file into a started context on a manual clock: batch n's records go to their sockets, then batch n
 * runs. Without a fixed count, the run goes on with empty batches until the longest window has slid past the data.
 */
public final class StreamReplay {

    private final StreamingContext ssc;
    private final StreamFile file;
    private final int total;
    private int done;

    /** A replay of {@code batches} batches, or of the default count when null. */
    public StreamReplay(StreamingContext ssc, StreamFile file, Integer batches) {
        this.ssc = ssc;
        this.file = file;
        file.requireReadable(ref -> socketFor(ref) != null);
        this.total = batches == null ? defaultBatchCount() : batches;
    }

    public StreamReplay(StreamingContext ssc, StreamFile file) {
        this(ssc, file, null);
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

    /** Whether batches remain and the context still runs. */
    public boolean hasNext() {
        return done < total && ssc.state() == StreamingContext.State.ACTIVE;
    }

    /** Runs the next batch; {@code beforeBatch} hears its number (from 1) first. */
    public BatchReport step(IntConsumer beforeBatch) {
        if (done < file.batches().size()) {
            feed(file.batches().get(done));
        }
        done++;
        beforeBatch.accept(done);
        return ssc.advance();
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
