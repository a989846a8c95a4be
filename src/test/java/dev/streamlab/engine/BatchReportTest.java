package dev.streamlab.engine;

import dev.streamlab.engine.BatchReport.Change;
import dev.streamlab.engine.BatchReport.KeyChange;
import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.dstream.MapWithStateDStream;
import dev.streamlab.engine.dstream.SocketInputDStream;
import dev.streamlab.engine.dstream.StateSpec;
import dev.streamlab.engine.rdd.Rdd;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** What a batch report tells the lab: sources, outputs in full, windows and keyed state changes. */
class BatchReportTest {

    private static List<BatchReport> listened(EngineHarness h) {
        List<BatchReport> reports = new ArrayList<>();
        h.ssc.addListener(reports::add);
        return reports;
    }

    private static Time t(long ms) {
        return new Time(ms);
    }

    @Test
    void reportCountsTheRecordsOfEverySourceEvenOnesNoJobReadThen() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream first = h.ssc.socketTextStream("localhost", 9999);
        SocketInputDStream second = h.ssc.socketTextStream("localhost", 9998);
        first.union(second).window(Duration.seconds(2), Duration.seconds(2)).foreachRdd(rdd -> { });
        List<BatchReport> reports = listened(h);
        h.ssc.start();
        first.offer("a");
        first.offer("b");
        h.ssc.advance();
        second.offer("c");
        h.ssc.advance();
        assertThat(reports.get(0).recordsPerSource()).containsOnly(
                entry("localhost:9999", 2),
                entry("localhost:9998", 0));
        assertThat(reports.get(1).recordsPerSource()).containsEntry("localhost:9998", 1);
    }

    @Test
    void outputReportHasEveryElementWhilePrintShowsTheFirstOnesAndNothingPrintsTwice() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.map(x -> {
            h.ssc.sink().out("saw " + x);
            return x;
        }).print(1, PrintFormat.JVM_TO_STRING);
        List<BatchReport> reports = listened(h);
        h.run(socket, "1 2 3 4");
        BatchReport.OutputReport output = reports.get(0).outputs().get(0);
        assertThat(output.operation()).isEqualTo("print");
        assertThat(output.index()).isZero();
        assertThat(output.streamName()).isEqualTo("MappedDStream");
        assertThat(output.elements()).containsExactly("1", "2", "3", "4");
        assertThat(h.out.toString()).isEqualTo("saw 1\nsaw 2\n-------------------------------------------\n"
                + "Time: 1000 ms\n-------------------------------------------\n1\n...\n\n");
    }

    @Test
    void outputsWithoutABatchAtThisTimeAreLeftOut() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.foreachRdd(rdd -> { });
        socket.window(Duration.seconds(2), Duration.seconds(2)).foreachRdd(rdd -> { });
        List<BatchReport> reports = listened(h);
        h.run(socket, "a", "b");
        assertThat(reports.get(0).outputs()).extracting(BatchReport.OutputReport::index).containsExactly(0);
        assertThat(reports.get(1).outputs()).extracting(BatchReport.OutputReport::index).containsExactly(0, 1);
        assertThat(reports.get(1).outputs().get(1).elements()).containsExactly("a", "b");
    }

    @Test
    void windowReportSaysWhichBatchesAWindowCoveredEnteredAndLeft() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.window(Duration.seconds(4), Duration.seconds(2)).foreachRdd(rdd -> { });
        List<BatchReport> reports = listened(h);
        h.run(socket, "a", "b", "c", "d", "e", "f");
        assertThat(reports.get(0).windows()).isEmpty();
        BatchReport.WindowReport first = reports.get(1).windows().get(0);
        assertThat(first.window()).isEqualTo(new Interval(t(-2000), t(2000)));
        assertThat(first.covered()).containsExactly(t(1000), t(2000));
        assertThat(first.entered()).containsExactly(t(1000), t(2000));
        assertThat(first.left()).isEmpty();
        BatchReport.WindowReport third = reports.get(5).windows().get(0);
        assertThat(third.streamName()).isEqualTo("WindowedDStream");
        assertThat(third.covered()).containsExactly(t(3000), t(4000), t(5000), t(6000));
        assertThat(third.entered()).containsExactly(t(5000), t(6000));
        assertThat(third.left()).containsExactly(t(1000), t(2000));
        assertThat(third.enteredRecords()).containsExactly(entry(t(5000), List.of("e")), entry(t(6000), List.of("f")));
        assertThat(third.leftRecords()).containsExactly(entry(t(1000), List.of("a")), entry(t(2000), List.of("b")));
    }

    @Test
    void inverseWindowsAreReportedAsWindows() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.ssc.checkpoint("checkpoints");
        SocketInputDStream socket = h.socket();
        socket.countByWindow(Duration.seconds(2), Duration.seconds(1)).foreachRdd(rdd -> { });
        List<BatchReport> reports = listened(h);
        h.run(socket, "a", "b", "c");
        BatchReport.WindowReport last = reports.get(2).windows().get(0);
        assertThat(last.streamName()).isEqualTo("ReducedWindowedDStream");
        assertThat(last.covered()).containsExactly(t(2000), t(3000));
        assertThat(last.entered()).containsExactly(t(3000));
        assertThat(last.left()).containsExactly(t(1000));
        assertThat(last.enteredRecords()).containsExactly(entry(t(3000), List.of(Tuple.pair(1, 1L))));
        assertThat(last.leftRecords()).containsExactly(entry(t(1000), List.of(Tuple.pair(1, 1L))));
    }

    private static DStream<Tuple> wordPairs(SocketInputDStream socket) {
        return socket.map(w -> Tuple.pair(w, 1));
    }

    @Test
    void stateReportListsAddedUpdatedAndRemovedKeys() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.ssc.checkpoint("checkpoints");
        SocketInputDStream socket = h.socket();
        wordPairs(socket).pairs().updateStateByKey((values, state) -> values.isEmpty()
                ? Optional.empty()
                : Optional.of((Integer) state.orElse(0) + values.size()), null, null).foreachRdd(rdd -> { });
        List<BatchReport> reports = listened(h);
        h.run(socket, "a b", "a", "");
        assertThat(reports.get(0).states().get(0).changes()).containsExactlyInAnyOrder(
                new KeyChange("a", Change.ADDED, null, 1), new KeyChange("b", Change.ADDED, null, 1));
        assertThat(reports.get(1).states().get(0).changes()).containsExactlyInAnyOrder(
                new KeyChange("a", Change.UPDATED, 1, 2), new KeyChange("b", Change.REMOVED, 1, null));
        assertThat(reports.get(1).states().get(0).size()).isEqualTo(1);
        assertThat(reports.get(2).states().get(0).changes()).containsExactly(
                new KeyChange("a", Change.REMOVED, 2, null));
        assertThat(reports.get(2).states().get(0).size()).isZero();
    }

    @Test
    void initialStateCountsAsTheStateBeforeTheFirstBatch() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.ssc.checkpoint("checkpoints");
        SocketInputDStream socket = h.socket();
        Rdd<Tuple> initial = Rdd.parallelize(h.ssc.rddContext(), List.of(Tuple.pair("a", 1), Tuple.pair("c", 2)),
                1);
        wordPairs(socket).pairs().updateStateByKey((values, state) ->
                Optional.of((Integer) state.orElse(0) + values.size()), null, initial).foreachRdd(rdd -> { });
        List<BatchReport> reports = listened(h);
        h.run(socket, "a");
        assertThat(reports.get(0).states().get(0).changes()).containsExactly(
                new KeyChange("a", Change.UPDATED, 1, 2));
        assertThat(reports.get(0).states().get(0).size()).isEqualTo(2);
    }

    @Test
    void mapWithStateReportsItsKeyChanges() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.ssc.checkpoint("checkpoints");
        SocketInputDStream socket = h.socket();
        MapWithStateDStream mapped = wordPairs(socket).pairs().mapWithState(StateSpec.function(
                (time, key, value, state) -> {
                    int total = (Integer) state.getOption().orElse(0) + 1;
                    if (total > 2) {
                        state.remove();
                    } else {
                        state.update(total);
                    }
                    return Optional.of(key);
                }));
        mapped.foreachRdd(rdd -> { });
        List<BatchReport> reports = listened(h);
        h.run(socket, "a b", "a", "a");
        assertThat(reports.get(0).states()).hasSize(1);
        assertThat(reports.get(0).states().get(0).changes()).containsExactlyInAnyOrder(
                new KeyChange("a", Change.ADDED, null, 1), new KeyChange("b", Change.ADDED, null, 1));
        assertThat(reports.get(1).states().get(0).changes()).containsExactly(
                new KeyChange("a", Change.UPDATED, 1, 2));
        assertThat(reports.get(2).states().get(0).changes()).containsExactly(
                new KeyChange("a", Change.REMOVED, 2, null));
        assertThat(reports.get(2).states().get(0).size()).isEqualTo(1);
    }

    /**
     * The report reads partition 1 of the state, which print left alone; Spark computes it only at the next
     * checkpoint batch, with the update's println then. The report's reading must not take that away.
     */
    @Test
    void reportingLeavesNoTraceInWhatJobsComputeAndPrintLater() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.ssc.checkpoint("checkpoints");
        SocketInputDStream socket = h.socket();
        wordPairs(socket).pairs().updateStateByKey((time, key, values, state) -> {
            if (key.equals("a")) {
                h.ssc.sink().out("update a at " + time);
            }
            return Optional.of((Integer) state.orElse(0) + values.size());
        }, null, null).print(10, PrintFormat.JVM_TO_STRING);
        List<BatchReport> reports = listened(h);
        h.run(socket, "b d f h j l n p r t v x a", "", "", "", "", "", "", "", "", "");
        String out = h.out.toString();
        assertThat(out.substring(0, out.indexOf("Time: 9000 ms"))).doesNotContain("update a");
        assertThat(out.substring(out.indexOf("Time: 9000 ms")).lines().filter(l -> l.startsWith("update a")))
                .hasSize(10);
        assertThat(reports.get(0).outputs().get(0).elements()).hasSize(13);
        assertThat(reports.get(0).states().get(0).changes()).hasSize(13);
    }

    @Test
    void failedBatchReportCarriesTheError() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.map(Integer::valueOf).foreachRdd(rdd -> rdd.collect());
        List<BatchReport> reports = listened(h);
        h.run(socket, "x");
        assertThat(reports.get(0).failed()).isTrue();
        assertThat(reports.get(0).error()).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void withoutListenersABatchStillReturnsItsTimeAndError() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.foreachRdd(rdd -> { });
        List<BatchReport> reports = h.run(socket, "a");
        assertThat(reports.get(0).time()).isEqualTo(t(1000));
        assertThat(reports.get(0).failed()).isFalse();
        assertThat(reports.get(0).processingNanos()).isPositive();
    }
}
