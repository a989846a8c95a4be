package dev.streamlab.engine;

import java.util.List;
import java.util.Map;

/**
 * Everything the lab shows about one batch, built after its jobs ran: what each source received, what each output
 * operation consumed (all of it, not only the printed ten), which batches each window covered, how each keyed state
 * changed, how long it took and the error that stopped it, if any. Immutable.
 *
 * @param recordsPerSource records received by each source, by its description ({@code localhost:9999})
 * @param streams every stream of the graph that generated an RDD at this time, in creation order
 */
public record BatchReport(
        Time time,
        Map<String, Integer> recordsPerSource,
        List<OutputReport> outputs,
        List<WindowReport> windows,
        List<StateReport> states,
        List<StreamReport> streams,
        long processingNanos,
        Throwable error) {

    /** What one stream of the program's graph held at this time (only streams that generated an RDD then). */
    public record StreamReport(int streamId, String streamName, String site, List<Integer> parents,
                               List<Object> elements) {
    }

    /** One output operation's batch: all its elements, in the order it saw them. */
    public record OutputReport(int index, String operation, int streamId, String streamName, String site,
                               List<Object> elements) {
    }

    /**
     * The batches a window covered at this time, those that entered and left it since the previous window, and what
     * they held: the records, or for a window with an inverse function the reduced values added and subtracted.
     */
    public record WindowReport(int streamId, String streamName, String site, Interval window,
                               List<Time> covered, List<Time> entered, List<Time> left,
                               Map<Time, List<Object>> enteredRecords, Map<Time, List<Object>> leftRecords) {
    }

    /** One keyed state's changes in this batch. */
    public record StateReport(int streamId, String streamName, String site, List<KeyChange> changes, int size) {
    }

    /** A key whose state was added, updated or removed; the old or new value is null when there is none. */
    public record KeyChange(Object key, Change change, Object oldValue, Object newValue) {
    }

    public enum Change { ADDED, UPDATED, REMOVED }

    public boolean failed() {
        return error != null;
    }
}
