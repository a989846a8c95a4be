package dev.streamlab.engine.source;

import dev.streamlab.engine.BatchReport;
import dev.streamlab.engine.Duration;
import dev.streamlab.engine.EngineHarness;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.dstream.SocketInputDStream;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Replaying a stream file into a context (stream-format.md): batch n's records arrive in batch n. */
class StreamReplayTest {

    private static final String THREE_BATCHES = "a\nb\n---\n---\nc\n";

    @Test
    void eachBatchOfTheFileIsABatchOfTheRun() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        Map<Long, List<String>> out = h.collect(socket);
        h.replay(THREE_BATCHES, null);
        assertThat(out).containsExactly(entry(1000L, List.of("a", "b")), entry(2000L, List.of()),
                entry(3000L, List.of("c")));
    }

    @Test
    void runGoesOnUntilTheLongestWindowSlidPastTheData() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.window(Duration.seconds(2), Duration.seconds(1)).foreachRdd(rdd -> { });
        socket.window(Duration.seconds(4), Duration.seconds(2)).foreachRdd(rdd -> { });
        StreamReplay replay = new StreamReplay(h.ssc, StreamFile.parse(THREE_BATCHES, "t.stream"));
        assertThat(replay.defaultBatchCount()).isEqualTo(3 + 4);
        h.ssc.start();
        assertThat(replay.run()).extracting(BatchReport::time).last().isEqualTo(new Time(7000));
    }

    @Test
    void aFixedCountOverridesTheDefault() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.socket().foreachRdd(rdd -> { });
        assertThat(h.replay(THREE_BATCHES, 5)).hasSize(5);
    }

    @Test
    void namedSourcesReceiveTheirRecords() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream first = h.ssc.socketTextStream("localhost", 9999);
        SocketInputDStream second = h.ssc.socketTextStream("localhost", 9998);
        Map<Long, List<String>> firstOut = h.collect(first);
        Map<Long, List<String>> secondOut = h.collect(second);
        h.replay("x\n--- source 9998\ny\n--- source localhost:9999\nz\n---\n--- source 9998\nw\n", null);
        assertThat(firstOut).containsExactly(entry(1000L, List.of("x", "z")), entry(2000L, List.of()));
        assertThat(secondOut).containsExactly(entry(1000L, List.of("y")), entry(2000L, List.of("w")));
    }

    @Test
    void replayStopsAtTheFirstFailedBatch() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.socket().map(Integer::valueOf).foreachRdd(rdd -> rdd.collect());
        List<BatchReport> reports = h.replay("1\n---\nx\n---\n3\n", null);
        assertThat(reports).hasSize(2);
        assertThat(reports.get(1).failed()).isTrue();
    }

    @Test
    void stepsAreNumberedFromOneBeforeTheyRun() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.socket().foreachRdd(rdd -> h.out("ran"));
        h.ssc.start();
        List<Integer> numbers = new ArrayList<>();
        new StreamReplay(h.ssc, StreamFile.parse(THREE_BATCHES, "t.stream")).run(n -> {
            numbers.add(n);
            h.out("batch " + n);
        });
        assertThat(numbers).containsExactly(1, 2, 3);
        assertThat(h.out.toString()).isEqualTo("batch 1\nran\nbatch 2\nran\nbatch 3\nran\n");
    }
}
