package dev.streamlab.session;

import java.util.List;
import java.util.Map;

/**
 * What a live session tells its page, in the order it happens. Each event is a plain record the web layer sends as
 * one JSON message; nothing in it is a live engine object.
 */
public sealed interface LabEvent {

    /**
     * The program started: its sockets and watched folders as it names them, its batch interval and its graph of
     * streams.
     */
    record Started(String dialect, List<String> sources, List<String> folders, long batchMillis, long firstBatchTime,
                   List<GraphNode> graph, List<String> warnings) implements LabEvent {
    }

    /** One stream of the program's graph, or one output operation ({@code output} true). */
    record GraphNode(int id, String name, String site, List<Integer> parents, boolean output) {
    }

    /** Lines the program printed, in order; {@code dropped} lines past the session's limit were not sent. */
    record Console(List<ConsoleLine> lines, int dropped) implements LabEvent {
    }

    /** One printed line: to stdout ({@code err} false) or stderr, as Spark's console shows them. */
    record ConsoleLine(String text, boolean err) {
    }

    /** A line typed or replayed into a socket, and the batch it falls into. */
    record Echo(String source, String line, long batchTime) implements LabEvent {
    }

    /** A file dropped (or replayed) into a watched folder: its name, its lines, and the batch that reads it. */
    record Dropped(String folder, String name, int lines, long batchTime) implements LabEvent {
    }

    /** Everything about one batch the views draw. */
    record Batch(BatchView batch) implements LabEvent {
    }

    /** Where the session stands. */
    record Status(String state, long clock, long nextBatchTime, int batches) implements LabEvent {
    }

    /**
     * Something the student must read: a program error (with its place in the program), a limit reached, a pitfall.
     * {@code line} and {@code column} are 0 when the problem has no place in the program.
     */
    record Problem(String kind, String message, int line, int column, String detail) implements LabEvent {
    }

    /** A replay's progress: the stream-file batch just fed, of how many. */
    record Replay(String name, int batch, int of, boolean done) implements LabEvent {
    }

    /** Everything about one batch, formatted as the program's language prints values. */
    record BatchView(int number, long time, String timeLabel, Map<String, Integer> in, List<OutputView> outputs,
                     List<WindowView> windows, List<StateView> states, List<StreamView> streams,
                     double processingMillis, long delayMillis) {
    }

    record OutputView(int index, String operation, int streamId, String stream, String site, int count,
                      List<String> records) {
    }

    record WindowView(int streamId, String stream, String site, long begin, long end, List<Long> covered,
                      List<Long> entered, List<Long> left, Map<Long, List<String>> enteredRecords,
                      Map<Long, List<String>> leftRecords) {
    }

    record StateView(int streamId, String stream, String site, int size, List<KeyChangeView> changes) {
    }

    record KeyChangeView(String key, String change, String oldValue, String newValue) {
    }

    record StreamView(int streamId, String stream, int count, List<String> records) {
    }
}
