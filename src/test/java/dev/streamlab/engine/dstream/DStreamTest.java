package dev.streamlab.engine.dstream;

import dev.streamlab.engine.BatchReport;
import dev.streamlab.engine.Duration;
import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.EngineHarness;
import dev.streamlab.engine.PrintFormat;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.rdd.Rdd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** Element-wise and per-RDD operators, print and sources (spec §2.1, §3.1, §4.3). */
class DStreamTest {

    private static final String DASHES = "-------------------------------------------";

    @Test
    void mapFlatMapAndFilterKeepOrder() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        Map<Long, List<Integer>> lengths = h.collect(socket.map(String::length));
        Map<Long, List<String>> words = h.collect(socket.flatMap(l -> Arrays.asList(l.split(","))));
        Map<Long, List<String>> withA = h.collect(socket.filter(l -> l.contains("a")));
        h.run(socket, "ccc,a b,aa");
        assertThat(lengths.get(1000L)).containsExactly(5, 4);
        assertThat(words.get(1000L)).containsExactly("ccc", "a", "b", "aa");
        assertThat(withA.get(1000L)).containsExactly("ccc,a", "b,aa");
    }

    private static <T> Queue<Rdd<T>> queueOf(EngineHarness h, List<List<T>> batches, int slices) {
        Queue<Rdd<T>> queue = new ArrayDeque<>();
        for (List<T> batch : batches) {
            queue.add(Rdd.parallelize(h.ssc.rddContext(), batch, slices));
        }
        return queue;
    }

    @Test
    void glomMakesOneElementPerPartition() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        DStream<Integer> numbers = h.ssc.queueStream(queueOf(h, List.of(List.of(1, 2, 3, 4)), 2), true);
        Map<Long, List<List<Integer>>> out = h.collect(numbers.glom());
        h.ssc.start();
        h.ssc.advance();
        assertThat(out.get(1000L)).containsExactly(List.of(1, 2), List.of(3, 4));
    }

    @Test
    void mapPartitionsSeesEachPartitionWithItsIndex() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        DStream<Integer> numbers = h.ssc.queueStream(queueOf(h, List.of(List.of(1, 2, 3, 4, 5)), 2), true);
        Map<Long, List<String>> out = h.collect(numbers.mapPartitionsWithIndex((index, it) -> {
            List<Integer> all = new ArrayList<>();
            it.forEachRemaining(all::add);
            return List.of(index + ":" + all).iterator();
        }, false));
        h.ssc.start();
        h.ssc.advance();
        assertThat(out.get(1000L)).containsExactly("0:[1, 2]", "1:[3, 4, 5]");
    }

    @Test
    void unionPutsTheFirstStreamsElementsFirst() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        DStream<Integer> numbers = h.ssc.queueStream(queueOf(h, List.of(List.of(1, 2, 3, 4)), 2), true);
        Map<Long, List<Integer>> out = h.collect(numbers.union(numbers.map(x -> x + 4)));
        h.ssc.start();
        h.ssc.advance();
        assertThat(out.get(1000L)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void unionOfStreamsWithDifferentSlidesIsRejectedWithSparksMessage() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        DStream<String> windowed = socket.window(Duration.seconds(2), Duration.seconds(2));
        assertThatThrownBy(() -> socket.union(windowed)).isInstanceOfSatisfying(EngineException.class,
                e -> assertThat(e.sparkMessage()).isEqualTo("java.lang.IllegalArgumentException: requirement"
                        + " failed: Some of the DStreams have different slide durations"));
        assertThatThrownBy(() -> h.ssc.union(List.of(socket, windowed)))
                .hasMessage("requirement failed: Some of the DStreams have different slide durations");
    }

    @Test
    void unionOrTransformOfNoStreamsFailsAsScalasHeadOfAnEmptySequence() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        assertThatThrownBy(() -> h.ssc.union(List.<DStream<String>>of()))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.sparkMessage())
                        .isEqualTo("java.util.NoSuchElementException: head of empty array"));
        assertThatThrownBy(() -> h.ssc.transform(List.of(), (rdds, time) -> null))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.sparkMessage())
                        .isEqualTo("java.util.NoSuchElementException: head of empty list"));
    }

    @Test
    void countIsZeroForAnEmptyBatch() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        Map<Long, List<Long>> out = h.collect(socket.count());
        h.run(socket, "a b c", "");
        assertThat(out).containsExactly(entry(1000L, List.of(3L)), entry(2000L, List.of(0L)));
    }

    @Test
    void reduceIsEmptyForAnEmptyBatch() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        Map<Long, List<Integer>> out = h.collect(socket.map(Integer::valueOf).reduce(Integer::sum));
        h.run(socket, "1 2 3", "");
        assertThat(out).containsExactly(entry(1000L, List.of(6)), entry(2000L, List.of()));
    }

    @Test
    void repartitionMakesExactlyThatManyPartitionsOfTheSameElements() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        DStream<Integer> numbers = h.ssc.queueStream(queueOf(h, List.of(List.of(1, 2, 3, 4, 5, 6, 7)), 2), true);
        Map<Long, List<List<Integer>>> out = h.collect(numbers.repartition(3).glom());
        h.ssc.start();
        h.ssc.advance();
        List<List<Integer>> partitions = out.get(1000L);
        assertThat(partitions).hasSize(3);
        assertThat(partitions.stream().flatMap(List::stream).toList())
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void transformSeesTheBatchTime() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        Map<Long, List<String>> out = h.collect(socket.transform((rdd, time) ->
                rdd.map(l -> time.milliseconds() + ":" + l)));
        h.run(socket, "a", "b");
        assertThat(out).containsExactly(entry(1000L, List.of("1000:a")), entry(2000L, List.of("2000:b")));
    }

    @Test
    void transformReturningNullFailsTheBatchWithSparksMessage() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.transform(rdd -> (Rdd<String>) null).print(10, PrintFormat.JVM_TO_STRING);
        List<BatchReport> reports = h.run(socket, "a");
        assertThat(reports.get(0).error()).isInstanceOfSatisfying(EngineException.class,
                e -> assertThat(e.sparkMessage()).isEqualTo("org.apache.spark.SparkException: Transform function"
                        + " must not return null. Return SparkContext.emptyRDD() instead to represent no element as"
                        + " the result of transformation."));
        assertThat(h.ssc.state()).isEqualTo(StreamingContext.State.STOPPED);
    }

    @Test
    void transformWithCombinesTwoStreamsBatchByBatch() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream left = h.ssc.socketTextStream("localhost", 9999);
        SocketInputDStream right = h.ssc.socketTextStream("localhost", 9998);
        Map<Long, List<Integer>> out = h.collect(left.transformWith(right,
                (a, b, time) -> a.union(b).map(String::length)));
        h.ssc.start();
        left.offer("aaa");
        right.offer("b");
        h.ssc.advance();
        assertThat(out.get(1000L)).containsExactly(3, 1);
    }

    @Test
    void contextTransformSeesEveryStreamsBatchInOrder() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream left = h.ssc.socketTextStream("localhost", 9999);
        SocketInputDStream right = h.ssc.socketTextStream("localhost", 9998);
        Map<Long, List<String>> out = h.collect(h.ssc.transform(List.of(left, right), (rdds, time) ->
                Rdd.parallelize(h.ssc.rddContext(), List.of(time + " " + rdds.get(0).count() + "+"
                        + rdds.get(1).count()), 1)));
        h.ssc.start();
        left.offer("a");
        left.offer("b");
        right.offer("c");
        h.ssc.advance();
        assertThat(out.get(1000L)).containsExactly("1000 ms 2+1");
    }

    @Test
    void printShowsTenElementsThenDotsAndAnEmptyLine() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.print(10, PrintFormat.JVM_TO_STRING);
        h.run(socket, "1 2 3 4 5 6 7 8 9 10 11", "1 2 3 4 5 6 7 8 9 10");
        assertThat(h.out.toString()).isEqualTo(DASHES + "\nTime: 1000 ms\n" + DASHES + "\n"
                + "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n...\n\n"
                + DASHES + "\nTime: 2000 ms\n" + DASHES + "\n"
                + "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n\n");
        assertThat(DASHES).hasSize(43);
    }

    @Test
    void printOfAnEmptyBatchShowsOnlyTheHeader() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.print(3, PrintFormat.JVM_TO_STRING);
        h.run(socket, "");
        assertThat(h.out.toString()).isEqualTo(DASHES + "\nTime: 1000 ms\n" + DASHES + "\n\n");
    }

    @Test
    void printTakesOnlyWhatItShowsFromALazyBatch() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        DStream<Integer> numbers = h.ssc.queueStream(queueOf(h, List.of(List.of(1, 2, 3, 4, 5, 6)), 3), true);
        List<Integer> seen = new ArrayList<>();
        numbers.map(x -> {
            seen.add(x);
            return x;
        }).print(1, PrintFormat.JVM_TO_STRING);
        h.ssc.start();
        h.ssc.advance();
        assertThat(seen).containsExactly(1, 2);
    }

    @Test
    void outputOperationsRunInRegistrationOrder() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.foreachRdd(rdd -> h.out("first " + rdd.count()));
        socket.print(10, PrintFormat.JVM_TO_STRING);
        socket.foreachRdd((rdd, time) -> h.out("third at " + time));
        h.run(socket, "x");
        assertThat(h.out.toString()).isEqualTo("first 1\n" + DASHES + "\nTime: 1000 ms\n" + DASHES
                + "\nx\n\nthird at 1000 ms\n");
    }

    @Test
    void foreachRddRunsForEmptyBatchesToo() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.foreachRdd((rdd, time) -> h.out(time + ": " + rdd.collect() + " in " + rdd.numPartitions()));
        h.run(socket, "a", "");
        assertThat(h.out.toString()).isEqualTo("1000 ms: [a] in 1\n2000 ms: [] in 0\n");
    }

    @Test
    void saveAsTextFilesWritesADirectoryPerBatchWithAPartFilePerPartition(@TempDir Path root) throws IOException {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.saveAsTextFiles(root, "out/words", "txt", String::valueOf);
        socket.saveAsTextFiles(root, "", null, String::valueOf);
        h.run(socket, "a b", "");
        Path first = root.resolve("out/words-1000.txt");
        assertThat(Files.readString(first.resolve("part-00000"))).isEqualTo("a\nb\n");
        assertThat(Files.size(first.resolve("_SUCCESS"))).isZero();
        assertThat(root.resolve("1000").resolve("part-00000")).exists();
        try (var files = Files.list(root.resolve("out/words-2000.txt"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("_SUCCESS");
        }
    }

    @Test
    void saveAsTextFilesCannotWriteOutsideItsFolder(@TempDir Path root) {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.saveAsTextFiles(root, "../escape", null, String::valueOf);
        List<BatchReport> reports = h.run(socket, "a");
        assertThat(reports.get(0).error()).isInstanceOf(EngineException.class)
                .hasMessageStartingWith("Cannot write outside the session folder");
    }

    @Test
    void anExhaustedQueueYieldsEmptyBatches() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        DStream<Integer> numbers = h.ssc.queueStream(queueOf(h, List.of(List.of(1, 2)), 1), true);
        Map<Long, List<Long>> out = h.collect(numbers.count());
        h.ssc.start();
        h.ssc.advance();
        h.ssc.advance();
        assertThat(out).containsExactly(entry(1000L, List.of(2L)), entry(2000L, List.of(0L)));
    }

    @Test
    void queueReadAllAtOnceUnionsEverythingQueuedAndSeesRddsAddedAfterStart() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        Queue<Rdd<Integer>> queue = queueOf(h, List.of(List.of(1), List.of(2)), 1);
        Map<Long, List<Integer>> out = h.collect(h.ssc.queueStream(queue, false));
        h.ssc.start();
        h.ssc.advance();
        queue.add(Rdd.parallelize(h.ssc.rddContext(), List.of(3), 1));
        h.ssc.advance();
        assertThat(out).containsExactly(entry(1000L, List.of(1, 2)), entry(2000L, List.of(3)));
    }

    @Test
    void queueWithoutADefaultRddStillYieldsEmptyBatches() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        DStream<Integer> numbers = h.ssc.queueStream(new ArrayDeque<>(), true, null);
        Map<Long, List<Long>> out = h.collect(numbers.count());
        h.ssc.start();
        h.ssc.advance();
        assertThat(out).containsExactly(entry(1000L, List.of(0L)));
    }

    @Test
    void queueReadAllAtOnceConcatenatesPartitionsEvenOfLikePartitionedRdds() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        Queue<Rdd<Tuple>> queue = new ArrayDeque<>();
        for (String key : List.of("a", "b")) {
            queue.add(Rdd.parallelize(h.ssc.rddContext(), List.of(Tuple.pair(key, 1)), 1).pairs()
                    .reduceByKey((x, y) -> x, h.ssc.rddContext().defaultPartitioner()));
        }
        Map<Long, List<List<Tuple>>> out = h.collect(h.ssc.queueStream(queue, false).glom());
        h.ssc.start();
        h.ssc.advance();
        assertThat(out.get(1000L)).containsExactly(List.of(), List.of(Tuple.pair("a", 1)), List.of(Tuple.pair("b", 1)),
                List.of());
    }

    @Test
    void linesOfferedDuringABatchBelongToThatBatchEvenWhenNoJobReadsIt() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        Map<Long, List<String>> out = h.collect(socket.window(Duration.seconds(1), Duration.seconds(2)));
        h.run(socket, "lost", "kept", "lost", "kept");
        assertThat(out).containsExactly(entry(2000L, List.of("kept")), entry(4000L, List.of("kept")));
    }

    @Test
    void sliceReturnsTheRememberedBatchesBetweenTwoTimes() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.foreachRdd(rdd -> { });
        h.ssc.remember(Duration.seconds(10));
        h.run(socket, "a", "b", "c");
        List<Object> sliced = new ArrayList<>();
        socket.slice(new Time(1500), new Time(3000)).forEach(rdd -> sliced.addAll(rdd.collect()));
        assertThat(sliced).containsExactly("a", "b", "c");
    }

    @Test
    void sliceBeforeStartIsRejectedWithSparksMessage() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        assertThatThrownBy(() -> socket.slice(new Time(0), new Time(1000)))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.sparkMessage())
                        .isEqualTo("org.apache.spark.SparkException: " + socket + " has not been initialized"));
    }

    @Test
    void streamsNotReachingAnOutputNeverRun() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        List<String> seen = new ArrayList<>();
        socket.map(x -> {
            seen.add(x);
            return x;
        });
        socket.foreachRdd(rdd -> { });
        h.run(socket, "a");
        assertThat(seen).isEmpty();
    }
}
