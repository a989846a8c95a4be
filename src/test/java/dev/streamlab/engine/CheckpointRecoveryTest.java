package dev.streamlab.engine;

import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.dstream.SocketInputDStream;
import dev.streamlab.engine.hash.JvmKeyHashing;
import dev.streamlab.engine.rdd.Rdd;
import dev.streamlab.engine.rdd.RddContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A driver killed after batch k and a context recovered from its checkpoint (spec §5.3): the checkpoint's batch
 * runs again, then the downtime's, with the socket's data lost, and state as of the last data checkpoint.
 */
class CheckpointRecoveryTest {

    private static final Duration BATCH = Duration.seconds(1);

    private final ManualClock clock = new ManualClock();
    private final CheckpointStore store = new CheckpointStore();
    private final Map<Long, List<String>> printed = new LinkedHashMap<>();
    private final OutputSink sink = new OutputSink() {
        @Override
        public void out(String line) {
        }

        @Override
        public void err(String line) {
        }
    };

    /** The word count with state of the lessons: updateStateByKey summing, its state checkpointed every interval. */
    private StreamingContext wordCounts(Duration stateInterval) {
        StreamingContext ssc = new StreamingContext(BATCH, clock, new RddContext(2, new JvmKeyHashing()), sink);
        ssc.useCheckpointStore(store);
        ssc.checkpoint("checkpoint");
        DStream<Tuple> counts = ssc.socketTextStream("localhost", 9999).map(w -> Tuple.pair(w, 1)).pairs()
                .updateStateByKey((values, state) -> Optional.of(values.size() + (Integer) state.orElse(0)),
                        null, null);
        if (stateInterval != null) {
            counts.checkpoint(stateInterval);
        }
        counts.foreachRdd((rdd, time) -> printed.put(time.milliseconds(),
                rdd.collect().stream().map(String::valueOf).sorted().toList()));
        return ssc;
    }

    private static void batch(StreamingContext ssc, String... lines) {
        SocketInputDStream socket = (SocketInputDStream) ssc.inputs().get(0);
        for (String line : lines) {
            socket.offer(line);
        }
        ssc.advance();
    }

    /** Batches 1 and 2 run, then the driver dies and {@code downtime} batch intervals pass. */
    private void runTwoBatchesAndDie(StreamingContext ssc, int downtime) {
        ssc.start();
        batch(ssc, "a");
        batch(ssc, "a", "b");
        ssc.kill();
        clock.setTime(clock.millis() + downtime * BATCH.milliseconds());
    }

    private StreamingContext recovered() {
        return StreamingContext.recover(store.read("checkpoint").orElseThrow(), clock, sink);
    }

    @Test
    void recoveredContextRunsTheCheckpointBatchAgainThenTheDowntimeOnes() {
        runTwoBatchesAndDie(wordCounts(BATCH), 2);
        printed.clear();

        StreamingContext again = recovered();
        again.start();
        assertThat(again.startTime()).isEqualTo(new Time(5000));
        assertThat(again.nextBatchTime()).isEqualTo(new Time(2000));
        batch(again);
        batch(again);
        batch(again);
        batch(again, "b");

        assertThat(printed).containsExactly(
                Map.entry(2000L, List.of("(a,2)", "(b,1)")),
                Map.entry(3000L, List.of("(a,2)", "(b,1)")),
                Map.entry(4000L, List.of("(a,2)", "(b,1)")),
                Map.entry(5000L, List.of("(a,2)", "(b,2)")));
    }

    @Test
    void linesOfferedDuringTheCatchUpGoToTheFirstNewBatch() {
        runTwoBatchesAndDie(wordCounts(BATCH), 0);
        printed.clear();

        StreamingContext again = recovered();
        again.start();
        SocketInputDStream socket = (SocketInputDStream) again.inputs().get(0);
        socket.offer("c");
        again.advance();
        again.advance();

        assertThat(printed).containsExactly(
                Map.entry(2000L, List.of("(a,2)", "(b,1)")),
                Map.entry(3000L, List.of("(a,2)", "(b,1)", "(c,1)")));
    }

    @Test
    void stateBeforeItsFirstDataCheckpointIsLost() {
        runTwoBatchesAndDie(wordCounts(null), 0);
        printed.clear();

        StreamingContext again = recovered();
        again.start();
        batch(again);
        batch(again, "b");

        assertThat(printed).containsExactly(Map.entry(2000L, List.of()), Map.entry(3000L, List.of("(b,1)")));
    }

    @Test
    void stateComesBackFromTheLastDataCheckpointNotTheLastBatch() {
        StreamingContext ssc = wordCounts(BATCH.times(2));
        ssc.start();
        batch(ssc, "a");
        batch(ssc, "a");
        batch(ssc, "a");
        ssc.kill();
        printed.clear();

        StreamingContext again = recovered();
        again.start();
        batch(again);

        assertThat(printed).containsExactly(Map.entry(3000L, List.of("(a,2)")));
    }

    @Test
    void aFreshContextAfterTheDowntimeStartsEmptyOnTheNextBatch() {
        runTwoBatchesAndDie(wordCounts(BATCH), 3);
        printed.clear();

        StreamingContext fresh = wordCounts(BATCH);
        fresh.start();
        batch(fresh, "b");

        assertThat(printed).containsExactly(Map.entry(6000L, List.of("(b,1)")));
    }

    @Test
    void aManualClockBehindTheCheckpointMovesToIt() {
        runTwoBatchesAndDie(wordCounts(BATCH), 0);
        clock.setTime(0);

        StreamingContext again = recovered();
        again.start();

        assertThat(clock.millis()).isEqualTo(2000);
        assertThat(again.startTime()).isEqualTo(new Time(3000));
    }

    @Test
    void anOutputAddedAfterRecoveryWasNeverInitialized() {
        runTwoBatchesAndDie(wordCounts(BATCH), 0);

        StreamingContext again = recovered();
        again.inputs().get(0).foreachRdd(rdd -> { });
        again.start();
        again.advance();

        assertThat(again.failure()).isInstanceOf(EngineException.class)
                .hasMessageEndingWith(" has not been initialized");
        assertThat(again.state()).isEqualTo(StreamingContext.State.STOPPED);
    }

    @Test
    void aQueueStreamCannotBeRecovered() {
        StreamingContext ssc = new StreamingContext(BATCH, clock, new RddContext(2, new JvmKeyHashing()), sink);
        ssc.useCheckpointStore(store);
        ssc.checkpoint("checkpoint");
        ssc.queueStream(new ArrayDeque<Rdd<Integer>>(), true).foreachRdd(rdd -> { });
        ssc.start();
        ssc.advance();
        ssc.kill();

        assertThatThrownBy(this::recovered).isInstanceOf(EngineException.class)
                .hasMessage("queueStream doesn't support checkpointing. Please don't use queueStream when"
                        + " checkpointing is enabled.");
    }

    @Test
    void withoutACheckpointDirectoryNothingIsWritten() {
        StreamingContext ssc = new StreamingContext(BATCH, clock, new RddContext(2, new JvmKeyHashing()), sink);
        ssc.useCheckpointStore(store);
        List<Long> seen = new ArrayList<>();
        ssc.socketTextStream("localhost", 9999).foreachRdd((rdd, time) -> seen.add(time.milliseconds()));
        ssc.start();
        ssc.advance();

        assertThat(seen).containsExactly(1000L);
        assertThat(store.read("checkpoint")).isEmpty();
    }
}
