package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.EngineHarness;
import dev.streamlab.engine.PrintFormat;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.rdd.Rdd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.streamlab.engine.dstream.ReducedWindowedDStreamTest.sortedBatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code updateStateByKey} against the spec's §2.4 (Spark's BasicOperationsSuite sequences). */
class StateDStreamTest {

    private static Optional<Object> sum(List<Object> values, Optional<Object> state) {
        int total = (Integer) state.orElse(0);
        for (Object v : values) {
            total += (Integer) v;
        }
        return Optional.of(total);
    }

    private static EngineHarness checkpointed() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.ssc.checkpoint("checkpoints");
        return h;
    }

    @Test
    void stateIsTheWholeStateAfterEveryBatchEvenWithoutInput() {
        EngineHarness h = checkpointed();
        SocketInputDStream socket = h.socket();
        Map<Long, List<Tuple>> out = h.collect(socket.map(w -> Tuple.pair(w, 1)).pairs()
                .updateStateByKey(StateDStreamTest::sum, null, null));
        h.run(socket, "a", "a b", "a b c", "a b", "a", "");
        assertThat(sortedBatches(out)).containsExactly("(a,1)", "(a,2) (b,1)", "(a,3) (b,2) (c,1)",
                "(a,4) (b,3) (c,1)", "(a,5) (b,3) (c,1)", "(a,5) (b,3) (c,1)");
    }

    @Test
    void keysWithStateButNoDataAreCalledWithAnEmptyList() {
        EngineHarness h = checkpointed();
        SocketInputDStream socket = h.socket();
        List<String> calls = new ArrayList<>();
        socket.map(w -> Tuple.pair(w, 1)).pairs().updateStateByKey((values, state) -> {
            calls.add(values + " " + state.map(String::valueOf).orElse("None"));
            return sum(values, state);
        }, 1, null).foreachRdd(rdd -> rdd.collect());
        h.run(socket, "a a", "", "a");
        assertThat(calls).containsExactly("[1, 1] None", "[] 2", "[1] 2");
    }

    @Test
    void firstBatchWithoutInitialStateCallsOnlyTheKeysInIt() {
        EngineHarness h = checkpointed();
        SocketInputDStream socket = h.socket();
        Map<Long, List<Tuple>> out = h.collect(socket.map(w -> Tuple.pair(w, 1)).pairs()
                .updateStateByKey(StateDStreamTest::sum, null, null));
        h.run(socket, "", "b");
        assertThat(sortedBatches(out)).containsExactly("", "(b,1)");
    }

    @Test
    void initialStateIsTheStateBeforeTheFirstBatch() {
        EngineHarness h = checkpointed();
        SocketInputDStream socket = h.socket();
        Rdd<Tuple> initial = Rdd.parallelize(h.ssc.rddContext(),
                List.of(Tuple.pair("a", 1), Tuple.pair("c", 2)), 2);
        Map<Long, List<Tuple>> out = h.collect(socket.map(w -> Tuple.pair(w, 1)).pairs()
                .updateStateByKey(StateDStreamTest::sum, null, initial));
        h.run(socket, "a", "");
        assertThat(sortedBatches(out)).containsExactly("(a,2) (c,2)", "(a,2) (c,2)");
    }

    @Test
    void anEmptyResultRemovesTheKeyAndItComesBackAsNew() {
        EngineHarness h = checkpointed();
        SocketInputDStream socket = h.socket();
        List<String> calls = new ArrayList<>();
        Map<Long, List<Tuple>> out = h.collect(socket.map(w -> Tuple.pair(w, 1)).pairs().updateStateByKey(
                (values, state) -> {
                    calls.add(values + " " + state.map(String::valueOf).orElse("None"));
                    return values.isEmpty() ? Optional.empty() : sum(values, state);
                }, null, null));
        h.run(socket, "a", "", "", "a");
        assertThat(sortedBatches(out)).containsExactly("(a,1)", "", "", "(a,1)");
        assertThat(calls).containsExactly("[1] None", "[] 1", "[1] None");
    }

    @Test
    void timeTakingUpdateSeesTheBatchTime() {
        EngineHarness h = checkpointed();
        SocketInputDStream socket = h.socket();
        Map<Long, List<Tuple>> out = h.collect(socket.map(w -> Tuple.pair(w, 1)).pairs().updateStateByKey(
                (time, key, values, state) -> Optional.of((Long) state.orElse(0L) + time.milliseconds()), null,
                null));
        h.run(socket, "a", "a", "");
        assertThat(sortedBatches(out)).containsExactly("(a,1000)", "(a,3000)", "(a,6000)");
    }

    /**
     * Print reads partition 0 only when it holds more than ten keys, so partition 1's updates wait. On a checkpoint
     * batch (every 10 s) Spark computes every partition right after print's first job, before print prints: the
     * pending updates run then, oldest batch first.
     */
    @Test
    void checkpointBatchRunsEveryPendingUpdateBeforePrintShowsIt() {
        EngineHarness h = checkpointed();
        SocketInputDStream socket = h.socket();
        DStream<Tuple> state = socket.map(w -> Tuple.pair(w, 1)).pairs().updateStateByKey((time, key, values, s) -> {
            if (key.equals("a")) {
                h.out("update a at " + time);
            }
            return Optional.of((Integer) s.orElse(0) + values.size());
        }, null, null);
        state.print(10, PrintFormat.JVM_TO_STRING);
        h.run(socket, "b d f h j l n p r t v x a", "", "", "", "", "", "", "", "", "", "");
        String out = h.out.toString();
        String beforeTen = out.substring(0, out.indexOf("Time: 10000 ms"));
        assertThat(beforeTen.lines().filter(l -> l.startsWith("update a")).toList()).containsExactly(
                "update a at 1000 ms", "update a at 2000 ms", "update a at 3000 ms", "update a at 4000 ms",
                "update a at 5000 ms", "update a at 6000 ms", "update a at 7000 ms", "update a at 8000 ms",
                "update a at 9000 ms", "update a at 10000 ms");
        assertThat(beforeTen.indexOf("update a")).isGreaterThan(beforeTen.indexOf("Time: 9000 ms"));
        assertThat(out.substring(out.indexOf("Time: 10000 ms"))).doesNotContain("update a");
        assertThat(state.getOrCompute(new Time(10_000)).isCheckpointed()).isTrue();
    }

    @Test
    void savingTheStateIsAJobThatCheckpointsItToo(@TempDir Path root) {
        EngineHarness h = checkpointed();
        SocketInputDStream socket = h.socket();
        DStream<Tuple> state = socket.map(w -> Tuple.pair(w, 1)).pairs()
                .updateStateByKey(StateDStreamTest::sum, null, null);
        state.saveAsTextFiles(root, "state", null, String::valueOf);
        h.run(socket, "a", "", "", "", "", "", "", "", "", "");
        assertThat(state.getOrCompute(new Time(9000)).isCheckpointed()).isFalse();
        assertThat(state.getOrCompute(new Time(10_000)).isCheckpointed()).isTrue();
    }

    @Test
    void updateStateByKeyNeedsACheckpointDirectory() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.socket().map(w -> Tuple.pair(w, 1)).pairs().updateStateByKey(StateDStreamTest::sum, null, null)
                .foreachRdd(rdd -> { });
        assertThatThrownBy(h.ssc::start).isInstanceOf(EngineException.class).hasMessage(
                "requirement failed: The checkpoint directory has not been set. Please set it by"
                        + " StreamingContext.checkpoint().");
        assertThat(h.err.toString()).contains("ERROR StreamingContext: Error starting the context, marking it as"
                + " stopped");
    }

    @Test
    void defaultCheckpointIntervalIsTheSlideTimesTheCeilingOfTenSecondsOverIt() {
        assertThat(defaultCheckpointInterval(Duration.seconds(1))).isEqualTo(Duration.seconds(10));
        assertThat(defaultCheckpointInterval(Duration.seconds(3))).isEqualTo(Duration.seconds(12));
        assertThat(defaultCheckpointInterval(Duration.milliseconds(500))).isEqualTo(Duration.seconds(10));
        assertThat(defaultCheckpointInterval(Duration.seconds(15))).isEqualTo(Duration.seconds(15));
    }

    private static Duration defaultCheckpointInterval(Duration batch) {
        EngineHarness h = new EngineHarness(batch);
        h.ssc.checkpoint("checkpoints");
        DStream<Tuple> state = h.socket().map(w -> Tuple.pair(w, 1)).pairs()
                .updateStateByKey(StateDStreamTest::sum, null, null);
        state.foreachRdd(rdd -> { });
        h.ssc.start();
        return state.checkpointInterval();
    }

    @Test
    void checkpointIntervalBelowTheSlideIsRejectedWithSparksMessage() {
        EngineHarness h = checkpointed();
        DStream<Tuple> state = h.socket().map(w -> Tuple.pair(w, 1)).pairs()
                .updateStateByKey(StateDStreamTest::sum, null, null)
                .window(Duration.seconds(4), Duration.seconds(2));
        state.checkpoint(Duration.seconds(1)).foreachRdd(rdd -> { });
        assertThatThrownBy(h.ssc::start).hasMessage("requirement failed: The checkpoint interval for"
                + " WindowedDStream has been set to 1000 ms which is lower than its slide time (2000 ms). Please set"
                + " it to at least 2000 ms.");
    }

    @Test
    void checkpointIntervalNotAMultipleOfTheSlideIsRejectedWithSparksMessage() {
        EngineHarness h = checkpointed();
        DStream<Tuple> windowed = h.socket().map(w -> Tuple.pair(w, 1)).pairs().reduceByKeyAndWindow(
                (a, b) -> (Integer) a + (Integer) b, (a, b) -> (Integer) a - (Integer) b, Duration.seconds(30),
                Duration.seconds(30), null, null);
        windowed.checkpoint(Duration.seconds(100)).foreachRdd(rdd -> { });
        assertThatThrownBy(h.ssc::start).hasMessage("requirement failed: The checkpoint interval for"
                + " ReducedWindowedDStream has been set to  100000 ms which not a multiple of its slide time"
                + " (30000 ms). Please set it to a multiple of 30000 ms.");
    }
}
