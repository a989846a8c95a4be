package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.EngineHarness;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.Tuple;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * Windowed reductions with and without an inverse function, against the spec's §2.3 (Spark's "big test" of
 * WindowOperationsSuite, countByWindow's {@code 1 2 3 3 1 0}).
 */
class ReducedWindowedDStreamTest {

    private static final String[] BIG_TEST = {"a", "a b", "a b c", "a b", "a", ""};

    private static Object sum(Object a, Object b) {
        return (Integer) a + (Integer) b;
    }

    private static Object minus(Object a, Object b) {
        return (Integer) a - (Integer) b;
    }

    /** Each batch's pairs sorted by key and joined by spaces (the spec fixes sets, not the printed order). */
    static List<String> sortedBatches(Map<Long, List<Tuple>> batches) {
        return batches.values().stream()
                .map(batch -> String.join(" ", batch.stream().sorted((x, y) ->
                        String.valueOf(x.key()).compareTo(String.valueOf(y.key()))).map(Tuple::toString).toList()))
                .toList();
    }

    private static List<String> wordCountsByWindow(Function<PairDStreamFunctions, DStream<Tuple>> windowing,
                                                   String... input) {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.ssc.checkpoint("checkpoints");
        SocketInputDStream socket = h.socket();
        Map<Long, List<Tuple>> out = h.collect(windowing.apply(socket.map(w -> Tuple.pair(w, 1)).pairs()));
        h.run(socket, input);
        return sortedBatches(out);
    }

    @Test
    void naiveWindowDropsKeysThatLeftTheWindow() {
        assertThat(wordCountsByWindow(p -> p.reduceByKeyAndWindow(ReducedWindowedDStreamTest::sum,
                Duration.seconds(2), Duration.seconds(1), null), BIG_TEST)).containsExactly(
                "(a,1)", "(a,2) (b,1)", "(a,2) (b,2) (c,1)", "(a,2) (b,2) (c,1)", "(a,2) (b,1)", "(a,1)");
    }

    @Test
    void inverseWindowKeepsZeroCountsWithoutAFilter() {
        assertThat(wordCountsByWindow(p -> p.reduceByKeyAndWindow(ReducedWindowedDStreamTest::sum,
                ReducedWindowedDStreamTest::minus, Duration.seconds(2), Duration.seconds(1), null, null), BIG_TEST))
                .containsExactly("(a,1)", "(a,2) (b,1)", "(a,2) (b,2) (c,1)", "(a,2) (b,2) (c,1)",
                        "(a,2) (b,1) (c,0)", "(a,1) (b,0) (c,0)");
    }

    @Test
    void inverseWindowWithAFilterEqualsTheNaiveOne() {
        assertThat(wordCountsByWindow(p -> p.reduceByKeyAndWindow(ReducedWindowedDStreamTest::sum,
                ReducedWindowedDStreamTest::minus, Duration.seconds(2), Duration.seconds(1), null,
                t -> (Integer) t.value() != 0), BIG_TEST)).containsExactly(
                "(a,1)", "(a,2) (b,1)", "(a,2) (b,2) (c,1)", "(a,2) (b,2) (c,1)", "(a,2) (b,1)", "(a,1)");
    }

    @Test
    void inverseWindowSlidingTwoBatchesRemovesTwoBatchesAtOnce() {
        assertThat(wordCountsByWindow(p -> p.reduceByKeyAndWindow(ReducedWindowedDStreamTest::sum,
                ReducedWindowedDStreamTest::minus, Duration.seconds(4), Duration.seconds(2), null, null),
                "a", "b", "a", "", "", "", "", ""))
                .containsExactly("(a,1) (b,1)", "(a,2) (b,1)", "(a,1) (b,0)", "(a,0) (b,0)");
    }

    @Test
    void naiveWindowSlidingTwoBatchesEndsEmpty() {
        assertThat(wordCountsByWindow(p -> p.reduceByKeyAndWindow(ReducedWindowedDStreamTest::sum,
                Duration.seconds(4), Duration.seconds(2), null), "a", "b", "a", "", "", "", "", ""))
                .containsExactly("(a,1) (b,1)", "(a,2) (b,1)", "(a,1)", "");
    }

    @Test
    void countByWindowKeepsCountingZeroOnceItHasSeenData() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.ssc.checkpoint("checkpoints");
        SocketInputDStream socket = h.socket();
        Map<Long, List<Long>> out = h.collect(socket.countByWindow(Duration.seconds(2), Duration.seconds(1)));
        h.batches(List.of(List.of("1"), List.of("1"), List.of("1", "2"), List.of("0"), List.of(), List.of()),
                socket);
        assertThat(out.values()).containsExactly(List.of(1L), List.of(2L), List.of(3L), List.of(3L), List.of(1L),
                List.of(0L));
    }

    @Test
    void countByWindowShowsNoCountBeforeTheFirstElement() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.ssc.checkpoint("checkpoints");
        SocketInputDStream socket = h.socket();
        Map<Long, List<Long>> out = h.collect(socket.countByWindow(Duration.seconds(2), Duration.seconds(1)));
        h.run(socket, "", "x", "", "");
        assertThat(out.values()).containsExactly(List.of(), List.of(1L), List.of(1L), List.of(0L));
    }

    @Test
    void reduceByWindowWithInverseKeepsItsValueAfterTheDataLeaves() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.ssc.checkpoint("checkpoints");
        SocketInputDStream socket = h.socket();
        Map<Long, List<Integer>> out = h.collect(socket.map(Integer::valueOf)
                .reduceByWindow(Integer::sum, (a, b) -> a - b, Duration.seconds(2), Duration.seconds(1)));
        h.run(socket, "1", "2", "", "");
        assertThat(out.values()).containsExactly(List.of(1), List.of(3), List.of(2), List.of(0));
    }

    @Test
    void reduceByWindowWithoutInverseIsEmptyForAnEmptyWindow() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        Map<Long, List<Integer>> out = h.collect(socket.map(Integer::valueOf)
                .reduceByWindow(Integer::sum, Duration.seconds(2), Duration.seconds(1)));
        h.run(socket, "1", "2", "", "");
        assertThat(out.values()).containsExactly(List.of(1), List.of(3), List.of(2), List.of());
    }

    @Test
    void countByValueAndWindowDropsValuesWhoseCountFallsToZero() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.ssc.checkpoint("checkpoints");
        SocketInputDStream socket = h.socket();
        Map<Long, List<Tuple>> out = h.collect(
                socket.countByValueAndWindow(Duration.seconds(2), Duration.seconds(1), null));
        h.run(socket, "a", "a b", "b", "", "");
        assertThat(sortedBatches(out)).containsExactly("(a,1)", "(a,2) (b,1)", "(a,1) (b,2)", "(b,1)", "");
    }

    @Test
    void groupByKeyAndWindowMergesBuffersOldestBatchFirst() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        Map<Long, List<Tuple>> out = h.collect(socket.map(w -> Tuple.pair(w.substring(0, 1), w)).pairs()
                .groupByKeyAndWindow(Duration.seconds(2), Duration.seconds(1), null));
        h.run(socket, "a1 a2", "a3 b1", "", "");
        assertThat(sortedBatches(out)).containsExactly("(a,[a1, a2])", "(a,[a1, a2, a3]) (b,[b1])",
                "(a,[a3]) (b,[b1])", "");
    }

    @Test
    void windowedReductionOutputsOnlyAtSlideMultiples() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.ssc.checkpoint("checkpoints");
        SocketInputDStream socket = h.socket();
        Map<Long, List<Tuple>> out = h.collect(socket.map(w -> Tuple.pair(w, 1)).pairs().reduceByKeyAndWindow(
                ReducedWindowedDStreamTest::sum, ReducedWindowedDStreamTest::minus, Duration.seconds(6),
                Duration.seconds(3), null, null));
        h.run(socket, "a", "a", "a", "a", "", "", "");
        assertThat(out).containsExactly(entry(3000L, List.of(Tuple.pair("a", 3))),
                entry(6000L, List.of(Tuple.pair("a", 4))));
    }

    @Test
    void inverseWindowNotAMultipleOfTheBatchIsRejectedWithSparksMessage() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        PairDStreamFunctions pairs = h.socket().map(w -> Tuple.pair(w, 1)).pairs();
        assertThatThrownBy(() -> pairs.reduceByKeyAndWindow(ReducedWindowedDStreamTest::sum,
                ReducedWindowedDStreamTest::minus, Duration.milliseconds(2500), Duration.seconds(1), null, null))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.sparkMessage()).isEqualTo(
                        "java.lang.IllegalArgumentException: requirement failed: The window duration of"
                                + " ReducedWindowedDStream (2500 ms) must be multiple of the slide duration of"
                                + " parent DStream (1000 ms)"));
        assertThatThrownBy(() -> pairs.reduceByKeyAndWindow(ReducedWindowedDStreamTest::sum,
                ReducedWindowedDStreamTest::minus, Duration.seconds(3), Duration.milliseconds(1500), null, null))
                .hasMessage("requirement failed: The slide duration of ReducedWindowedDStream (1500 ms) must be"
                        + " multiple of the slide duration of parent DStream (1000 ms)");
    }

    @Test
    void naiveReductionNotAMultipleOfTheBatchIsRejectedWithTheWindowMessage() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        PairDStreamFunctions pairs = h.socket().map(w -> Tuple.pair(w, 1)).pairs();
        assertThatThrownBy(() -> pairs.reduceByKeyAndWindow(ReducedWindowedDStreamTest::sum,
                Duration.milliseconds(2500), Duration.seconds(1), null))
                .hasMessage("The window duration of windowed DStream (2500 ms) must be a multiple of the slide"
                        + " duration of parent DStream (1000 ms)");
    }

    @Test
    void everyInverseWindowOperatorNeedsACheckpointDirectory() {
        List<Function<DStream<String>, DStream<?>>> stateful = List.of(
                s -> s.countByWindow(Duration.seconds(2), Duration.seconds(1)),
                s -> s.countByValueAndWindow(Duration.seconds(2), Duration.seconds(1), null),
                s -> s.map(String::length).reduceByWindow(Integer::sum, (a, b) -> a - b, Duration.seconds(2),
                        Duration.seconds(1)),
                s -> s.map(w -> Tuple.pair(w, 1)).pairs().reduceByKeyAndWindow(ReducedWindowedDStreamTest::sum,
                        ReducedWindowedDStreamTest::minus, Duration.seconds(2), Duration.seconds(1), null, null));
        for (Function<DStream<String>, DStream<?>> operator : stateful) {
            EngineHarness h = new EngineHarness(Duration.seconds(1));
            operator.apply(h.socket()).foreachRdd(rdd -> { });
            assertThatThrownBy(h.ssc::start).isInstanceOfSatisfying(EngineException.class, e -> assertThat(
                    e.sparkMessage()).isEqualTo("java.lang.IllegalArgumentException: requirement failed: The"
                    + " checkpoint directory has not been set. Please set it by StreamingContext.checkpoint()."));
            assertThat(h.ssc.state()).isEqualTo(StreamingContext.State.STOPPED);
        }
    }

    @Test
    void inverseWindowIsCheckpointedEveryMultipleOfItsSlideFromTenSeconds() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.ssc.checkpoint("checkpoints");
        DStream<Tuple> windowed = h.socket().map(w -> Tuple.pair(w, 1)).pairs().reduceByKeyAndWindow(
                ReducedWindowedDStreamTest::sum, ReducedWindowedDStreamTest::minus, Duration.seconds(6),
                Duration.seconds(3), null, null);
        windowed.foreachRdd(rdd -> { });
        h.ssc.start();
        assertThat(windowed.checkpointInterval()).isEqualTo(Duration.seconds(12));
    }

    @Test
    void naiveWindowOperatorsNeedNoCheckpointDirectory() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.map(String::length).reduceByWindow(Integer::sum, Duration.seconds(2), Duration.seconds(1))
                .foreachRdd(rdd -> { });
        socket.map(w -> Tuple.pair(w, 1)).pairs().reduceByKeyAndWindow(ReducedWindowedDStreamTest::sum,
                Duration.seconds(2), Duration.seconds(1), null).foreachRdd(rdd -> { });
        h.ssc.start();
        assertThat(h.ssc.state()).isEqualTo(StreamingContext.State.ACTIVE);
    }
}
