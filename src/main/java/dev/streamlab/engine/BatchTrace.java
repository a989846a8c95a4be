package dev.streamlab.engine;

import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.dstream.InputDStream;
import dev.streamlab.engine.dstream.Windowed;
import dev.streamlab.engine.rdd.Rdd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What operators note while a batch is generated, for its {@link BatchReport}. The no-op instance is used when
 * nobody listens, so a batch costs nothing extra then.
 */
public class BatchTrace {

    static final BatchTrace OFF = new BatchTrace();

    /** A state stream's batch: the state before and after. */
    record StateStep(DStream<?> stream, Rdd<?> before, Rdd<?> after) {
    }

    /** A windowed stream's batch. */
    record WindowStep(DStream<?> stream, Windowed windowed, Time end) {
    }

    public void input(InputDStream<?> source, int records) {
    }

    public void window(Windowed stream, Time end) {
    }

    public void state(DStream<?> stream, Time time, Rdd<?> before, Rdd<?> after) {
    }

    static BatchTrace recording() {
        return new Recording();
    }

    Map<String, Integer> inputs() {
        return Map.of();
    }

    List<WindowStep> windows() {
        return List.of();
    }

    List<StateStep> states() {
        return List.of();
    }

    private static final class Recording extends BatchTrace {
        private final Map<String, Integer> inputs = new LinkedHashMap<>();
        private final List<WindowStep> windows = new ArrayList<>();
        private final List<StateStep> states = new ArrayList<>();

        @Override
        public synchronized void input(InputDStream<?> source, int records) {
            inputs.merge(source.description(), records, Integer::sum);
        }

        @Override
        public synchronized void window(Windowed stream, Time end) {
            windows.add(new WindowStep((DStream<?>) stream, stream, end));
        }

        @Override
        public synchronized void state(DStream<?> stream, Time time, Rdd<?> before, Rdd<?> after) {
            states.add(new StateStep(stream, before, after));
        }

        @Override
        Map<String, Integer> inputs() {
            return inputs;
        }

        @Override
        List<WindowStep> windows() {
            return windows;
        }

        @Override
        List<StateStep> states() {
            return states;
        }
    }
}
