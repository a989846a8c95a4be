package dev.streamlab.engine;

import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.dstream.ForEachDStream;
import dev.streamlab.engine.rdd.Rdd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns what a batch's trace recorded into a {@link BatchReport}. Data an output operation did not pull (print takes
 * eleven elements) is computed here with the console silenced.
 */
final class ReportBuilder {

    private final StreamingContext ssc;
    private final QuietableSink sink;

    ReportBuilder(StreamingContext ssc, QuietableSink sink) {
        this.ssc = ssc;
        this.sink = sink;
    }

    static BatchReport minimal(Time time, long nanos, Throwable error) {
        return new BatchReport(time, Map.of(), List.of(), List.of(), List.of(), List.of(), nanos, error);
    }

    BatchReport build(Time time, BatchTrace trace, int jobsRan, long nanos, Throwable error) {
        return new BatchReport(time, Map.copyOf(new LinkedHashMap<>(trace.inputs())), outputs(time, jobsRan),
                windows(trace), states(trace), streams(time), nanos, error);
    }

    private List<BatchReport.StreamReport> streams(Time time) {
        List<BatchReport.StreamReport> reports = new ArrayList<>();
        for (DStream<?> stream : ssc.streams()) {
            Rdd<?> rdd = stream.generatedAt(time);
            if (rdd == null) {
                continue;
            }
            List<Integer> parents = stream.dependencies().stream().map(DStream::id).toList();
            reports.add(new BatchReport.StreamReport(stream.id(), stream.label(), stream.site(), parents,
                    java.util.Collections.unmodifiableList(collectQuietly(rdd))));
        }
        return List.copyOf(reports);
    }

    private List<BatchReport.OutputReport> outputs(Time time, int jobsRan) {
        List<BatchReport.OutputReport> reports = new ArrayList<>();
        List<ForEachDStream<?>> outputs = ssc.outputs();
        for (int i = 0; i < outputs.size() && i < jobsRan; i++) {
            ForEachDStream<?> out = outputs.get(i);
            Rdd<?> batch = out.batch(time);
            if (batch == null) {
                continue;
            }
            List<Object> elements = collectQuietly(batch);
            DStream<?> stream = out.parent();
            reports.add(new BatchReport.OutputReport(i, out.operation(), stream.id(), stream.label(), stream.site(),
                    elements));
        }
        return List.copyOf(reports);
    }

    private List<BatchReport.WindowReport> windows(BatchTrace trace) {
        List<BatchReport.WindowReport> reports = new ArrayList<>();
        for (BatchTrace.WindowStep step : trace.windows()) {
            List<Time> covered = step.windowed().batchTimesIn(step.end());
            List<Time> previous = step.windowed().batchTimesIn(step.end().minus(step.windowed().slideDuration()));
            List<Time> entered = new ArrayList<>(covered);
            entered.removeAll(previous);
            List<Time> left = new ArrayList<>(previous);
            left.removeAll(covered);
            Time begin = step.end().minus(step.windowed().windowDuration());
            reports.add(new BatchReport.WindowReport(step.stream().id(), step.stream().label(), step.stream().site(),
                    new Interval(begin, step.end()), covered, entered, left, contents(step.windowed(), entered),
                    contents(step.windowed(), left)));
        }
        return List.copyOf(reports);
    }

    private Map<Time, List<Object>> contents(dev.streamlab.engine.dstream.Windowed windowed, List<Time> times) {
        Map<Time, List<Object>> contents = new LinkedHashMap<>();
        for (Time t : times) {
            Rdd<?> batch = windowed.windowedBatch(t);
            contents.put(t, batch == null ? List.of() : List.copyOf(collectQuietly(batch)));
        }
        return java.util.Collections.unmodifiableMap(contents);
    }

    private List<BatchReport.StateReport> states(BatchTrace trace) {
        List<BatchReport.StateReport> reports = new ArrayList<>();
        for (BatchTrace.StateStep step : trace.states()) {
            Map<Object, Object> before = asMap(step.before());
            Map<Object, Object> after = asMap(step.after());
            List<BatchReport.KeyChange> changes = new ArrayList<>();
            after.forEach((k, v) -> {
                if (!before.containsKey(k)) {
                    changes.add(new BatchReport.KeyChange(k, BatchReport.Change.ADDED, null, v));
                } else if (!Objects.equals(before.get(k), v)) {
                    changes.add(new BatchReport.KeyChange(k, BatchReport.Change.UPDATED, before.get(k), v));
                }
            });
            before.forEach((k, v) -> {
                if (!after.containsKey(k)) {
                    changes.add(new BatchReport.KeyChange(k, BatchReport.Change.REMOVED, v, null));
                }
            });
            reports.add(new BatchReport.StateReport(step.stream().id(), step.stream().label(), step.stream().site(),
                    List.copyOf(changes), after.size()));
        }
        return List.copyOf(reports);
    }

    private Map<Object, Object> asMap(Rdd<?> rdd) {
        Map<Object, Object> map = new LinkedHashMap<>();
        if (rdd == null) {
            return map;
        }
        for (Object x : collectQuietly(rdd)) {
            if (x instanceof Tuple t && t.isPair()) {
                map.put(t.key(), t.value());
            }
        }
        return map;
    }

    private List<Object> collectQuietly(Rdd<?> rdd) {
        return sink.quietly(() -> {
            try {
                return Rdd.lookWithoutKeeping(() -> new ArrayList<Object>(rdd.collect()));
            } catch (RuntimeException e) {
                return List.of();
            }
        });
    }
}
