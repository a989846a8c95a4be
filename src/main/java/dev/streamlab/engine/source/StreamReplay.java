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

/**
 * Plays a stream file into a started context on a manual clock: batch n's records go to their sockets, then batch n
 * runs. Without a fixed count, the run goes on with empty batches until the longest window has slid past the data.
 */
public final class StreamReplay {

    private final StreamingContext ssc;
    private final StreamFile file;

    public StreamReplay(StreamingContext ssc, StreamFile file) {
        this.ssc = ssc;
        this.file = file;
        file.requireReadable(ref -> socketFor(ref) != null);
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

    /** Runs {@code count} batches (null: the default count); stops early when a batch fails. */
    public List<BatchReport> run(Integer count) {
        int total = count == null ? defaultBatchCount() : count;
        List<BatchReport> reports = new ArrayList<>(total);
        for (int n = 0; n < total && ssc.state() == StreamingContext.State.ACTIVE; n++) {
            if (n < file.batches().size()) {
                feed(file.batches().get(n));
            }
            BatchReport report = ssc.advance();
            reports.add(report);
            if (report.failed()) {
                break;
            }
        }
        return reports;
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
