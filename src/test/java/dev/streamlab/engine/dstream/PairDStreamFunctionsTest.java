package dev.streamlab.engine.dstream;

import dev.streamlab.engine.BatchReport;
import dev.streamlab.engine.Duration;
import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.EngineHarness;
import dev.streamlab.engine.PrintFormat;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.rdd.Aggregator;
import dev.streamlab.engine.rdd.Buffer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import static dev.streamlab.engine.dstream.ReducedWindowedDStreamTest.sortedBatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Key-value operators of a stream (spec §2.2) and the printed order of their keys (§6.3). */
class PairDStreamFunctionsTest {

    /** Batch 1 of the conformance stream {@code manykeys}: 84 words, 60 distinct. */
    private static final List<String> SIXTY_WORDS = List.of(
            "ankane elsuzu itorpo elvene anlozu ankane elsuzu",
            "el itta kazu elveka loanit el itta",
            "elzu itlo kaloan elsu itkaan elzu itlo",
            "itloel elumsu an katane itsuve itloel elumsu",
            "elitan anel itkalo anelel kami elitan anel",
            "elkaum loanum lokaan ansuzu kazuel elkaum loanum",
            "elum loan loloel kavene itan elum loan",
            "elorve itpo elpomi anve anelve elorve itpo",
            "lolo lokari elmium anum ka lolo lokari",
            "lokael itorlo anneta it elello lokael itorlo",
            "kaanan itpopo itum loit lo kaanan itpopo",
            "elmi elkait kalo ankami itel elmi elkait");

    /** Batch 4 of {@code manykeys}: 53 keys, two pairs of which share a hash code ("Aa"/"BB", "Ab"/"BA"). */
    private static final List<String> COLLIDING_KEYS = List.of("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20"
            + " 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 Aa BB Ab BA");

    private static final String DASHES = "-------------------------------------------";

    private static Object sum(Object a, Object b) {
        return (Integer) a + (Integer) b;
    }

    private static String printed(long time, String... elements) {
        StringBuilder out = new StringBuilder(DASHES + "\nTime: " + time + " ms\n" + DASHES + "\n");
        for (String e : elements) {
            out.append(e).append('\n');
        }
        return out.append("...\n\n").toString();
    }

    private static String wordCountPrint(Integer numPartitions) {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.flatMap(l -> Arrays.asList(l.split(" "))).map(w -> Tuple.pair(w, 1)).pairs()
                .reduceByKey(PairDStreamFunctionsTest::sum, numPartitions).print(10, PrintFormat.JVM_TO_STRING);
        h.batches(List.of(SIXTY_WORDS, COLLIDING_KEYS), socket);
        return h.out.toString();
    }

    // Expected lines: real Spark 4.1, local[2], conformance/expected/wordcount*__manykeys.out (batches 1 and 4).

    @Test
    void reduceByKeyOfSixtyWordsPrintsSparksOrderOnTwoPartitions() {
        assertThat(wordCountPrint(null)).isEqualTo(
                printed(1000, "(loanum,2)", "(kazuel,1)", "(itel,1)", "(loit,1)", "(itkaan,1)", "(itan,1)",
                        "(itpo,2)", "(lolo,2)", "(anve,1)", "(itkalo,1)")
                + printed(2000, "(4,1)", "(8,1)", "(20,1)", "(19,1)", "(15,1)", "(42,1)", "(48,1)", "(35,1)",
                        "(6,1)", "(Aa,1)"));
    }

    @Test
    void reduceByKeyOfSixtyWordsPrintsSparksOrderOnOneGrownPartition() {
        assertThat(wordCountPrint(1)).isEqualTo(
                printed(1000, "(itorpo,1)", "(kazuel,1)", "(itel,1)", "(it,1)", "(itpo,2)", "(elkaum,2)",
                        "(itkalo,1)", "(kaanan,2)", "(ansuzu,1)", "(lokael,2)")
                + printed(2000, "(4,1)", "(14,1)", "(19,1)", "(7,1)", "(42,1)", "(36,1)", "(Ab,1)", "(6,1)",
                        "(Aa,1)", "(BB,1)"));
    }

    @Test
    void reduceByKeyOfSixtyWordsPrintsSparksOrderOnThreePartitions() {
        assertThat(wordCountPrint(3)).isEqualTo(
                printed(1000, "(loanum,2)", "(kazuel,1)", "(itpo,2)", "(lolo,2)", "(itpopo,2)", "(anve,1)",
                        "(elpomi,1)", "(katane,1)", "(itum,1)", "(anneta,1)")
                + printed(2000, "(21,1)", "(15,1)", "(42,1)", "(48,1)", "(18,1)", "(27,1)", "(6,1)", "(Aa,1)",
                        "(BB,1)", "(36,1)"));
    }

    @Test
    void keyedOperatorsUseTheDefaultParallelismUnlessTold() {
        EngineHarness h = new EngineHarness(Duration.seconds(1), 3);
        SocketInputDStream socket = h.socket();
        PairDStreamFunctions pairs = socket.map(w -> Tuple.pair(w, 1)).pairs();
        Map<Long, List<List<Tuple>>> byDefault = h.collect(
                pairs.reduceByKey(PairDStreamFunctionsTest::sum, (Integer) null).glom());
        Map<Long, List<List<Tuple>>> byFive = h.collect(pairs.reduceByKey(PairDStreamFunctionsTest::sum, 5).glom());
        Map<Long, List<List<Long>>> counted = h.collect(socket.count().glom());
        h.run(socket, "a b c");
        assertThat(byDefault.get(1000L)).hasSize(3);
        assertThat(byFive.get(1000L)).hasSize(5);
        assertThat(counted.get(1000L)).hasSize(3);
    }

    @Test
    void reduceByKeySumsEveryWordOfTheBatch() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        Map<Long, List<Tuple>> out = h.collect(socket.flatMap(l -> Arrays.asList(l.split(" ")))
                .map(w -> Tuple.pair(w, 1)).pairs().reduceByKey(PairDStreamFunctionsTest::sum, (Integer) null));
        h.batches(List.of(SIXTY_WORDS), socket);
        List<Tuple> counts = out.get(1000L);
        assertThat(counts).hasSize(60);
        assertThat(counts.stream().mapToInt(t -> (Integer) t.value()).sum()).isEqualTo(84);
    }

    @Test
    void countByValueOfOneToFivePrintsInSlotOrder() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        Map<Long, List<Tuple>> out = h.collect(socket.map(Integer::valueOf).countByValue(null));
        h.run(socket, "1 2 3 4 5", "");
        assertThat(out.get(1000L)).extracting(Tuple::toString)
                .containsExactly("(4,1)", "(2,1)", "(1,1)", "(3,1)", "(5,1)");
        assertThat(out.get(2000L)).isEmpty();
    }

    @Test
    void evenHashCodesComeFirstOnTwoPartitions() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        Map<Long, List<Tuple>> out = h.collect(socket.map(w -> Tuple.pair(w, 1)).pairs()
                .reduceByKey(PairDStreamFunctionsTest::sum, (Integer) null));
        h.run(socket, "a b");
        assertThat(out.get(1000L)).containsExactly(Tuple.pair("b", 1), Tuple.pair("a", 1));
    }

    @Test
    void groupByKeyCollectsArrivalOrderedValuesInArrayBuffers() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        Map<Long, List<Tuple>> out = h.collect(socket.map(w -> Tuple.pair(w.substring(0, 1), w)).pairs()
                .groupByKey(1));
        h.run(socket, "a1 b1 a2 a3");
        List<Tuple> groups = out.get(1000L);
        assertThat(groups).hasSize(2);
        for (Tuple g : groups) {
            assertThat(((Buffer) g.value()).kind()).isEqualTo(Buffer.Kind.ARRAY_BUFFER);
        }
        assertThat(sortedBatches(out)).containsExactly("(a,[a1, a2, a3]) (b,[b1])");
    }

    @Test
    void combineByKeyAveragesPerKey() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        Aggregator<Object, int[]> average = new Aggregator<>(v -> new int[] {(Integer) v, 1},
                (c, v) -> new int[] {c[0] + (Integer) v, c[1] + 1}, (x, y) -> new int[] {x[0] + y[0], x[1] + y[1]});
        Map<Long, List<Tuple>> out = h.collect(socket.map(w -> Tuple.pair(w.substring(0, 1), w.length())).pairs()
                .combineByKey(average, 2, true).pairs()
                .mapValues(c -> (double) ((int[]) c)[0] / ((int[]) c)[1]));
        h.run(socket, "ab abcd b");
        assertThat(sortedBatches(out)).containsExactly("(a,3.0) (b,1.0)");
    }

    @Test
    void mapValuesAndFlatMapValuesKeepOrder() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        PairDStreamFunctions pairs = socket.map(w -> Tuple.pair(w, w.length())).pairs();
        Map<Long, List<Tuple>> mapped = h.collect(pairs.mapValues(n -> (Integer) n * 10));
        Map<Long, List<Tuple>> flat = h.collect(pairs.flatMapValues(n -> List.of(n, -(Integer) n)));
        h.run(socket, "bb a");
        assertThat(mapped.get(1000L)).containsExactly(Tuple.pair("bb", 20), Tuple.pair("a", 10));
        assertThat(flat.get(1000L)).containsExactly(Tuple.pair("bb", 2), Tuple.pair("bb", -2), Tuple.pair("a", 1),
                Tuple.pair("a", -1));
    }

    /** Two sockets, one batch per element: the first socket's lines, then the second's. */
    private static <T> Map<Long, List<T>> joinRun(BiFunction<PairDStreamFunctions, DStream<Tuple>, DStream<T>> op,
                                                  List<List<List<String>>> batches) {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream left = h.ssc.socketTextStream("localhost", 9999);
        SocketInputDStream right = h.ssc.socketTextStream("localhost", 9998);
        Map<Long, List<T>> out = h.collect(op.apply(left.map(w -> Tuple.pair(w, 1)).pairs(),
                right.map(w -> Tuple.pair(w, "x"))));
        h.ssc.start();
        for (List<List<String>> batch : batches) {
            batch.get(0).forEach(left::offer);
            batch.get(1).forEach(right::offer);
            h.ssc.advance();
        }
        return out;
    }

    @Test
    void joinPairsEveryValueOfAKeyOnBothSides() {
        Map<Long, List<Tuple>> out = joinRun((a, b) -> a.join(b, null), List.of(
                List.of(List.of("a", "b"), List.of("a", "b")),
                List.of(List.of("a", "a"), List.of("a", "c")),
                List.of(List.of("a"), List.of())));
        assertThat(sortedBatches(out)).containsExactly("(a,(1,x)) (b,(1,x))", "(a,(1,x)) (a,(1,x))", "");
    }

    @Test
    void outerJoinsWrapTheOptionalSides() {
        List<List<List<String>>> input = List.of(List.of(List.of("a", "b"), List.of("a", "c")));
        assertThat(joinRun((a, b) -> a.leftOuterJoin(b, null), input).get(1000L)).containsExactlyInAnyOrder(
                Tuple.pair("a", Tuple.pair(1, Optional.of("x"))), Tuple.pair("b", Tuple.pair(1, Optional.empty())));
        assertThat(joinRun((a, b) -> a.rightOuterJoin(b, null), input).get(1000L)).containsExactlyInAnyOrder(
                Tuple.pair("a", Tuple.pair(Optional.of(1), "x")), Tuple.pair("c", Tuple.pair(Optional.empty(), "x")));
        assertThat(joinRun((a, b) -> a.fullOuterJoin(b, null), input).get(1000L)).containsExactlyInAnyOrder(
                Tuple.pair("a", Tuple.pair(Optional.of(1), Optional.of("x"))),
                Tuple.pair("b", Tuple.pair(Optional.of(1), Optional.empty())),
                Tuple.pair("c", Tuple.pair(Optional.empty(), Optional.of("x"))));
    }

    @Test
    void cogroupKeepsKeysOfEitherSide() {
        Map<Long, List<Tuple>> out = joinRun((a, b) -> a.cogroup(b, null),
                List.of(List.of(List.of("a", "a", "b"), List.of("a", "c"))));
        assertThat(sortedBatches(out)).containsExactly("(a,([1, 1],[x])) (b,([1],[])) (c,([],[x]))");
    }

    @Test
    void joinOfStreamsWithDifferentSlidesIsRejectedWithSparksMessage() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        PairDStreamFunctions pairs = socket.map(w -> Tuple.pair(w, 1)).pairs();
        DStream<Tuple> windowed = socket.map(w -> Tuple.pair(w, 1)).window(Duration.seconds(2), Duration.seconds(2));
        assertThatThrownBy(() -> pairs.join(windowed, null)).isInstanceOfSatisfying(EngineException.class,
                e -> assertThat(e.sparkMessage()).isEqualTo("java.lang.IllegalArgumentException: requirement"
                        + " failed: Some of the DStreams have different slide durations"));
    }

    @Test
    void joinOfANonPairStreamFailsItsBatchAndStopsTheContext() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.pairs().join(socket.map(w -> Tuple.pair(w, 1)), null).print(10, PrintFormat.JVM_TO_STRING);
        List<BatchReport> reports = h.run(socket, "a");
        assertThat(reports.get(0).error()).isInstanceOf(EngineException.class)
                .hasMessageContaining("(key, value) pairs");
        assertThat(h.ssc.state()).isEqualTo(StreamingContext.State.STOPPED);
        assertThat(h.ssc.failure()).isSameAs(reports.get(0).error());
    }
}
