package dev.streamlab.engine;

import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.dstream.SocketInputDStream;
import dev.streamlab.engine.hash.JvmKeyHashing;
import dev.streamlab.engine.rdd.RddContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The context's life cycle, batch times and every §1.3 message that concerns it. */
class StreamingContextTest {

    private static void assertSparkMessage(Throwable thrown, String expected) {
        assertThat(thrown).isInstanceOfSatisfying(EngineException.class,
                e -> assertThat(e.sparkMessage()).isEqualTo(expected));
    }

    private static Throwable thrownBy(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("nothing was thrown");
    }

    @Test
    void firstBatchIsTheFirstMultipleOfTheIntervalStrictlyAfterNow() {
        for (long[] nowAndFirst : new long[][] {{0, 1000}, {1000, 2000}, {1500, 2000}, {952_999, 953_000}}) {
            EngineHarness h = new EngineHarness(Duration.seconds(1));
            h.clock.setTime(nowAndFirst[0]);
            h.socket().foreachRdd(rdd -> { });
            h.ssc.start();
            assertThat(h.ssc.nextBatchTime()).isEqualTo(new Time(nowAndFirst[1]));
            assertThat(h.ssc.zeroTime()).isEqualTo(new Time(nowAndFirst[1] - 1000));
        }
    }

    @Test
    void advanceMovesTheManualClockToEachBatchInTurn() {
        EngineHarness h = new EngineHarness(Duration.milliseconds(500));
        h.socket().foreachRdd(rdd -> { });
        h.ssc.start();
        assertThat(h.ssc.advance().time()).isEqualTo(new Time(500));
        assertThat(h.clock.millis()).isEqualTo(500);
        assertThat(h.ssc.advance().time()).isEqualTo(new Time(1000));
        assertThat(h.ssc.nextBatchTime()).isEqualTo(new Time(1500));
    }

    @Test
    void lifeCycleGoesFromInitializedThroughActiveToStopped() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.socket().foreachRdd(rdd -> { });
        assertThat(h.ssc.state()).isEqualTo(StreamingContext.State.INITIALIZED);
        h.ssc.start();
        assertThat(h.ssc.state()).isEqualTo(StreamingContext.State.ACTIVE);
        h.ssc.stop();
        assertThat(h.ssc.state()).isEqualTo(StreamingContext.State.STOPPED);
        assertThat(h.err.toString()).isEmpty();
    }

    @Test
    void startWithoutOutputOperationsFailsAndStopsTheContext() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.socket().map(String::length);
        assertSparkMessage(thrownBy(h.ssc::start), "java.lang.IllegalArgumentException: requirement failed: No"
                + " output operations registered, so nothing to execute");
        assertThat(h.ssc.state()).isEqualTo(StreamingContext.State.STOPPED);
        assertThat(h.err.toString())
                .isEqualTo("ERROR StreamingContext: Error starting the context, marking it as stopped\n");
        assertSparkMessage(thrownBy(h.ssc::start),
                "java.lang.IllegalStateException: StreamingContext has already been stopped");
    }

    @Test
    void startingTwiceOnlyWarns() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.socket().foreachRdd(rdd -> { });
        h.ssc.start();
        h.ssc.start();
        assertThat(h.ssc.state()).isEqualTo(StreamingContext.State.ACTIVE);
        assertThat(h.err.toString()).isEqualTo("WARN StreamingContext: StreamingContext has already been started\n");
    }

    @Test
    void startAfterStopIsRejected() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.socket().foreachRdd(rdd -> { });
        h.ssc.start();
        h.ssc.stop();
        assertSparkMessage(thrownBy(h.ssc::start),
                "java.lang.IllegalStateException: StreamingContext has already been stopped");
    }

    @Test
    void stoppingAContextThatNeverStartedWarnsAndStopsIt() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.ssc.stop();
        assertThat(h.ssc.state()).isEqualTo(StreamingContext.State.STOPPED);
        assertThat(h.err.toString()).isEqualTo("WARN StreamingContext: StreamingContext has not been started yet\n");
    }

    @Test
    void addingStreamsAfterStartIsRejected() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.foreachRdd(rdd -> { });
        h.ssc.start();
        String message = "java.lang.IllegalStateException: Adding new inputs, transformations, and output"
                + " operations after starting a context is not supported";
        assertSparkMessage(thrownBy(() -> socket.map(String::length)), message);
        assertSparkMessage(thrownBy(() -> socket.foreachRdd(rdd -> { })), message);
        assertSparkMessage(thrownBy(h::socket), message);
    }

    @Test
    void addingStreamsAfterStopIsRejected() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        h.ssc.stop();
        assertSparkMessage(thrownBy(() -> socket.map(String::length)), "java.lang.IllegalStateException: Adding"
                + " new inputs, transformations, and output operations after stopping a context is not supported");
    }

    @Test
    void persistAndCheckpointIntervalCannotChangeAfterStart() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        DStream<Integer> lengths = socket.map(String::length);
        lengths.foreachRdd(rdd -> { });
        h.ssc.start();
        assertSparkMessage(thrownBy(lengths::persist), "java.lang.UnsupportedOperationException: Cannot change"
                + " storage level of a DStream after streaming context has started");
        assertSparkMessage(thrownBy(() -> lengths.checkpoint(Duration.seconds(10))),
                "java.lang.UnsupportedOperationException: Cannot change checkpoint interval of a DStream after"
                        + " streaming context has started");
    }

    @Test
    void rememberCanBeSetOnlyOnce() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.ssc.remember(Duration.seconds(10));
        assertSparkMessage(thrownBy(() -> h.ssc.remember(Duration.seconds(20))),
                "java.lang.IllegalArgumentException: requirement failed: Remember duration already set as"
                        + " 10000 ms. Cannot set it again.");
    }

    @Test
    void aCheckpointIntervalOnAnyStreamNeedsACheckpointDirectory() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.socket().map(String::length).checkpoint(Duration.seconds(10)).foreachRdd(rdd -> { });
        assertThatThrownBy(h.ssc::start).hasMessage("requirement failed: The checkpoint directory has not been set."
                + " Please set it by StreamingContext.checkpoint().");
    }

    @Test
    void batchIntervalMustBePositive() {
        RddContext rdds = new RddContext(2, new JvmKeyHashing());
        assertThatThrownBy(() -> new StreamingContext(Duration.milliseconds(0), new ManualClock(), rdds,
                new EngineHarness(Duration.seconds(1))))
                .hasMessage("requirement failed: Batch duration must be positive, was 0 ms");
    }

    @Test
    void batchesRunOnlyOnAnActiveContext() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.socket().foreachRdd(rdd -> { });
        assertThatThrownBy(() -> h.ssc.runBatch(new Time(1000))).isInstanceOf(EngineException.class);
        assertThatThrownBy(h.ssc::nextBatchTime).isInstanceOf(EngineException.class);
    }

    @Test
    void aFailingJobStopsTheBatchAndTheContextButKeepsWhatEarlierJobsPrinted() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.foreachRdd(rdd -> h.out("before " + rdd.count()));
        socket.map(Integer::valueOf).foreachRdd(rdd -> h.out("sum " + rdd.reduce(Integer::sum)));
        socket.foreachRdd(rdd -> h.out("after"));
        List<BatchReport> reports = h.run(socket, "1 x");
        assertThat(h.out.toString()).isEqualTo("before 2\n");
        assertThat(reports.get(0).error()).isInstanceOf(NumberFormatException.class);
        assertThat(h.ssc.failure()).isSameAs(reports.get(0).error());
        assertThat(h.ssc.state()).isEqualTo(StreamingContext.State.STOPPED);
    }

    @Test
    void aBatchWithoutJobsStillReportsItsTime() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.window(Duration.seconds(2), Duration.seconds(2)).foreachRdd(rdd -> h.out("window"));
        List<BatchReport> reports = h.run(socket, "a", "b");
        assertThat(reports).extracting(BatchReport::time).containsExactly(new Time(1000), new Time(2000));
        assertThat(h.out.toString()).isEqualTo("window\n");
    }
}
