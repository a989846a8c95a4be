package dev.streamlab.session;

import dev.streamlab.engine.BatchReport;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.dstream.ForEachDStream;
import dev.streamlab.lang.Dialect;
import dev.streamlab.lang.runtime.DialectSemantics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the engine's batch reports and graph into what the page draws: every value as the program's language prints
 * it ({@code (a,1)} or {@code ('a', 1)}), at most {@code maxRecords} records of each output, window or stream.
 */
final class BatchViews {

    private final DialectSemantics semantics;
    private final int maxRecords;
    private final Function<Time, String> timeLabel;

    BatchViews(Dialect dialect, int maxRecords, Function<Time, String> timeLabel) {
        this.semantics = dialect.semantics();
        this.maxRecords = maxRecords;
        this.timeLabel = timeLabel;
    }

    LabEvent.BatchView view(int number, BatchReport report, long delayMillis) {
        List<LabEvent.OutputView> outputs = report.outputs().stream().map(o -> new LabEvent.OutputView(o.index(),
                o.operation(), o.streamId(), o.streamName(), o.site(), o.elements().size(), shown(o.elements())))
                .toList();
        List<LabEvent.WindowView> windows = report.windows().stream().map(w -> new LabEvent.WindowView(w.streamId(),
                w.streamName(), w.site(), w.window().begin().milliseconds(), w.window().end().milliseconds(),
                millis(w.covered()), millis(w.entered()), millis(w.left()), contents(w.enteredRecords()),
                contents(w.leftRecords()))).toList();
        List<LabEvent.StateView> states = report.states().stream().map(s -> new LabEvent.StateView(s.streamId(),
                s.streamName(), s.site(), s.size(), s.changes().stream().map(c -> new LabEvent.KeyChangeView(
                        text(c.key()), c.change().name().toLowerCase(java.util.Locale.ROOT), textOrNull(c.oldValue()),
                        textOrNull(c.newValue()))).toList())).toList();
        List<LabEvent.StreamView> streams = report.streams().stream().map(s -> new LabEvent.StreamView(s.streamId(),
                s.streamName(), s.elements().size(), shown(s.elements()))).toList();
        return new LabEvent.BatchView(number, report.time().milliseconds(), timeLabel.apply(report.time()),
                new LinkedHashMap<>(report.recordsPerSource()), outputs, windows, states, streams,
                report.processingNanos() / 1e6, delayMillis);
    }

    /** The program's streams left to right as Spark's graph links them, then its output operations. */
    static List<LabEvent.GraphNode> graph(StreamingContext ssc) {
        List<LabEvent.GraphNode> nodes = new ArrayList<>();
        for (DStream<?> stream : ssc.streams()) {
            if (stream instanceof ForEachDStream<?> out) {
                nodes.add(new LabEvent.GraphNode(out.id(), out.operation(), out.site(), List.of(out.parent().id()),
                        true));
            } else {
                nodes.add(new LabEvent.GraphNode(stream.id(), stream.label(), stream.site(),
                        stream.dependencies().stream().map(DStream::id).toList(), false));
            }
        }
        return nodes;
    }

    private List<String> shown(List<Object> elements) {
        List<String> shown = new ArrayList<>(Math.min(elements.size(), maxRecords));
        for (int i = 0; i < elements.size() && i < maxRecords; i++) {
            shown.add(text(elements.get(i)));
        }
        return shown;
    }

    private Map<Long, List<String>> contents(Map<Time, List<Object>> byTime) {
        Map<Long, List<String>> contents = new LinkedHashMap<>();
        byTime.forEach((t, records) -> contents.put(t.milliseconds(), shown(records)));
        return contents;
    }

    private static List<Long> millis(List<Time> times) {
        return times.stream().map(Time::milliseconds).toList();
    }

    private String text(Object value) {
        return semantics.str(value);
    }

    private String textOrNull(Object value) {
        return value == null ? null : text(value);
    }
}
