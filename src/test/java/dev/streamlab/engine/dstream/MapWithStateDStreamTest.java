package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.EngineHarness;
import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.rdd.Rdd;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.streamlab.engine.dstream.ReducedWindowedDStreamTest.sortedBatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code mapWithState} against the spec's §2.5 (Spark's MapWithStateSuite sequences and timeouts). */
class MapWithStateDStreamTest {

    /** Spark's test function: the running sum of the key, emitted as (key, sum); timeouts emit (key, "timed out"). */
    private static final StateSpec.MappingFunction RUNNING_SUM = (time, key, value, state) -> {
        if (state.isTimingOut()) {
            return Optional.of(Tuple.pair(key, "timed out at " + state.get()));
        }
        int sum = (Integer) value.orElse(0) + (Integer) state.getOption().orElse(0);
        state.update(sum);
        return Optional.of(Tuple.pair(key, sum));
    };

    private static EngineHarness checkpointed(Duration batch) {
        EngineHarness h = new EngineHarness(batch);
        h.ssc.checkpoint("checkpoints");
        return h;
    }

    private static MapWithStateDStream runningSums(SocketInputDStream socket, StateSpec spec) {
        return socket.map(w -> Tuple.pair(w, 1)).pairs().mapWithState(spec);
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, List<Tuple>> asPairs(Map<Long, ? extends List<?>> batches) {
        return (Map<Long, List<Tuple>>) (Map<Long, ?>) batches;
    }

    @Test
    void emitsOneResultPerRecordAndSnapshotsTheWholeState() {
        EngineHarness h = checkpointed(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        MapWithStateDStream mapped = runningSums(socket, StateSpec.function(RUNNING_SUM));
        Map<Long, List<Object>> emitted = h.collect(mapped);
        Map<Long, List<Tuple>> snapshots = h.collect(mapped.stateSnapshots());
        h.run(socket, "", "a", "a b", "a b c", "a b", "a", "");
        assertThat(sortedBatches(asPairs(emitted))).containsExactly("", "(a,1)", "(a,2) (b,1)",
                "(a,3) (b,2) (c,1)", "(a,4) (b,3)", "(a,5)", "");
        assertThat(sortedBatches(snapshots)).containsExactly("", "(a,1)", "(a,2) (b,1)", "(a,3) (b,2) (c,1)",
                "(a,4) (b,3) (c,1)", "(a,5) (b,3) (c,1)", "(a,5) (b,3) (c,1)");
    }

    @Test
    void eachRecordSeesTheStateEarlierRecordsOfItsKeyLeftInTheSameBatch() {
        EngineHarness h = checkpointed(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        Map<Long, List<Object>> emitted = h.collect(runningSums(socket, StateSpec.function(RUNNING_SUM)));
        h.run(socket, "a a a");
        assertThat(emitted.values()).containsExactly(
                List.of(Tuple.pair("a", 1), Tuple.pair("a", 2), Tuple.pair("a", 3)));
    }

    @Test
    void anEmptyResultEmitsNothingButStillUpdatesTheState() {
        EngineHarness h = checkpointed(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        MapWithStateDStream mapped = runningSums(socket, StateSpec.function((time, key, value, state) -> {
            state.update((Integer) value.orElse(0) + (Integer) state.getOption().orElse(0));
            return Optional.empty();
        }));
        Map<Long, List<Object>> emitted = h.collect(mapped);
        Map<Long, List<Tuple>> snapshots = h.collect(mapped.stateSnapshots());
        h.run(socket, "a a");
        assertThat(emitted.values()).containsExactly(List.of());
        assertThat(snapshots.values()).containsExactly(List.of(Tuple.pair("a", 2)));
    }

    @Test
    void removedKeysLeaveTheSnapshotAndStartAgainFromNothing() {
        EngineHarness h = checkpointed(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        MapWithStateDStream mapped = runningSums(socket, StateSpec.function((time, key, value, state) -> {
            int total = (Integer) state.getOption().orElse(0) + 1;
            if (total >= 2) {
                state.remove();
                return Optional.of(key + " reached " + total);
            }
            state.update(total);
            return Optional.of(key + "=" + total);
        }));
        Map<Long, List<Object>> emitted = h.collect(mapped);
        Map<Long, List<Tuple>> snapshots = h.collect(mapped.stateSnapshots());
        h.run(socket, "a", "a", "a", "");
        assertThat(emitted.values()).containsExactly(List.of("a=1"), List.of("a reached 2"), List.of("a=1"),
                List.of());
        assertThat(sortedBatches(snapshots)).containsExactly("(a,1)", "", "(a,1)", "(a,1)");
    }

    @Test
    void keysWithoutDataAreNotCalled() {
        EngineHarness h = checkpointed(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        List<String> calls = new ArrayList<>();
        runningSums(socket, StateSpec.function((time, key, value, state) -> {
            calls.add(time.milliseconds() + ":" + key);
            return RUNNING_SUM.apply(time, key, value, state);
        })).foreachRdd(rdd -> rdd.collect());
        h.run(socket, "a", "b", "");
        assertThat(calls).containsExactly("1000:a", "2000:b");
    }

    @Test
    void initialStateIsLoadedWithoutCallingTheFunction() {
        EngineHarness h = checkpointed(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        Rdd<Tuple> initial = Rdd.parallelize(h.ssc.rddContext(), List.of(Tuple.pair("a", 10), Tuple.pair("z", 5)),
                1);
        MapWithStateDStream mapped = runningSums(socket, StateSpec.function(RUNNING_SUM).initialState(initial));
        Map<Long, List<Object>> emitted = h.collect(mapped);
        Map<Long, List<Tuple>> snapshots = h.collect(mapped.stateSnapshots());
        h.run(socket, "a");
        assertThat(emitted.values()).containsExactly(List.of(Tuple.pair("a", 11)));
        assertThat(sortedBatches(snapshots)).containsExactly("(a,11) (z,5)");
    }

    @Test
    void idleKeysTimeOutTogetherOnTheTenthBatchNotWhenTheyBecomeIdle() {
        EngineHarness h = checkpointed(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        MapWithStateDStream mapped = runningSums(socket,
                StateSpec.function(RUNNING_SUM).timeout(Duration.seconds(2)));
        Map<Long, List<Object>> emitted = h.collect(mapped);
        Map<Long, List<Tuple>> snapshots = h.collect(mapped.stateSnapshots());
        h.run(socket, "a", "b", "c", "", "", "", "", "", "", "", "", "");
        Map<Long, List<Tuple>> pairs = asPairs(emitted);
        for (long t = 4000; t <= 12000; t += 1000) {
            if (t != 10_000) {
                assertThat(pairs.get(t)).as("emitted at %d ms", t).isEmpty();
            }
        }
        assertThat(sortedBatches(Map.of(10_000L, pairs.get(10_000L)))).containsExactly(
                "(a,timed out at 1) (b,timed out at 1) (c,timed out at 1)");
        assertThat(snapshots.get(9000L)).hasSize(3);
        assertThat(snapshots.get(10_000L)).isEmpty();
    }

    @Test
    void keysTouchedWithinTheTimeoutSurviveTheCheckpointBatch() {
        EngineHarness h = checkpointed(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        MapWithStateDStream mapped = runningSums(socket,
                StateSpec.function(RUNNING_SUM).timeout(Duration.seconds(2)));
        Map<Long, List<Object>> emitted = h.collect(mapped);
        h.run(socket, "a", "", "", "", "", "", "", "", "b", "a");
        assertThat(asPairs(emitted).get(10_000L)).containsExactly(Tuple.pair("a", 2));
    }

    @Test
    void timeoutsFollowAnExplicitCheckpointInterval() {
        EngineHarness h = checkpointed(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        MapWithStateDStream mapped = runningSums(socket,
                StateSpec.function(RUNNING_SUM).timeout(Duration.seconds(2)));
        mapped.checkpoint(Duration.seconds(2));
        Map<Long, List<Object>> emitted = h.collect(mapped);
        h.run(socket, "a", "b", "c", "", "", "");
        Map<Long, List<Tuple>> pairs = asPairs(emitted);
        assertThat(pairs.get(4000L)).containsExactly(Tuple.pair("a", "timed out at 1"));
        assertThat(sortedBatches(Map.of(6000L, pairs.get(6000L))))
                .containsExactly("(b,timed out at 1) (c,timed out at 1)");
    }

    @Test
    void defaultTimeoutCheckIsEveryTenBatchesWhateverTheBatchInterval() {
        EngineHarness h = checkpointed(Duration.seconds(3));
        SocketInputDStream socket = h.socket();
        MapWithStateDStream mapped = runningSums(socket,
                StateSpec.function(RUNNING_SUM).timeout(Duration.seconds(3)));
        Map<Long, List<Object>> emitted = h.collect(mapped);
        h.run(socket, "a", "", "", "", "", "", "", "", "", "");
        assertThat(asPairs(emitted).get(12_000L)).isEmpty();
        assertThat(asPairs(emitted).get(30_000L)).containsExactly(Tuple.pair("a", "timed out at 1"));
    }

    @Test
    void mapWithStateNeedsACheckpointDirectory() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        runningSums(h.socket(), StateSpec.function(RUNNING_SUM)).foreachRdd(rdd -> { });
        assertThatThrownBy(h.ssc::start).hasMessage("requirement failed: The checkpoint directory has not been"
                + " set. Please set it by StreamingContext.checkpoint().");
    }

    @Test
    void stateEnforcesSparksRules() {
        MappedState absent = new MappedState();
        absent.wrap(false, null);
        assertThat(absent.toString()).isEqualTo("<state not set>");
        assertThatThrownBy(absent::get).isInstanceOfSatisfying(EngineException.class,
                e -> assertThat(e.sparkMessage()).isEqualTo("java.util.NoSuchElementException: State is not set"));

        MappedState removed = new MappedState();
        removed.wrap(true, 1);
        removed.remove();
        assertThatThrownBy(() -> removed.update(2))
                .hasMessage("requirement failed: Cannot update the state after it has been removed");
        assertThatThrownBy(removed::remove)
                .hasMessage("requirement failed: Cannot remove the state that has already been removed");

        MappedState timingOut = new MappedState();
        timingOut.wrapTimingOut(3);
        assertThat(timingOut.isTimingOut()).isTrue();
        assertThat(timingOut.get()).isEqualTo(3);
        assertThatThrownBy(() -> timingOut.update(4))
                .hasMessage("requirement failed: Cannot update the state that is timing out");
        assertThatThrownBy(timingOut::remove)
                .hasMessage("requirement failed: Cannot remove the state that is timing out");
    }

    @Test
    void aStateErrorInTheFunctionFailsTheBatch() {
        EngineHarness h = checkpointed(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        runningSums(socket, StateSpec.function((time, key, value, state) -> Optional.of(state.get())))
                .foreachRdd(rdd -> rdd.collect());
        var reports = h.run(socket, "a");
        assertThat(reports.get(0).error()).isInstanceOf(EngineException.class).hasMessage("State is not set");
    }
}
