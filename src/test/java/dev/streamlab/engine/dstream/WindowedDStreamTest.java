package dev.streamlab.engine.dstream;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.EngineHarness;
import dev.streamlab.engine.PrintFormat;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** {@code window(W, S)} against the spec's §1.2 table (Spark's WindowOperationsSuite, inputs 0..5 at t = 1..6 s). */
class WindowedDStreamTest {

    private static final String[] ZERO_TO_FIVE = {"0", "1", "2", "3", "4", "5"};

    private static Map<Long, List<Integer>> windows(long windowSeconds, long slideSeconds, int batches) {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        Map<Long, List<Integer>> out = h.collect(socket.map(Integer::valueOf)
                .window(Duration.seconds(windowSeconds), Duration.seconds(slideSeconds)));
        String[] input = new String[batches];
        for (int i = 0; i < batches; i++) {
            input[i] = i < ZERO_TO_FIVE.length ? ZERO_TO_FIVE[i] : "";
        }
        h.run(socket, input);
        return out;
    }

    @Test
    void firstWindowsArePartialAndTheWindowSlidesEveryBatch() {
        assertThat(windows(2, 1, 6)).containsExactly(
                entry(1000L, List.of(0)), entry(2000L, List.of(0, 1)), entry(3000L, List.of(1, 2)),
                entry(4000L, List.of(2, 3)), entry(5000L, List.of(3, 4)), entry(6000L, List.of(4, 5)));
    }

    @Test
    void tumblingWindowOutputsOnlyAtSlideMultiples() {
        assertThat(windows(2, 2, 6)).containsExactly(
                entry(2000L, List.of(0, 1)), entry(4000L, List.of(2, 3)), entry(6000L, List.of(4, 5)));
    }

    @Test
    void windowLongerThanItsSlideOverlapsAndOutlivesTheInput() {
        assertThat(windows(4, 2, 8)).containsExactly(
                entry(2000L, List.of(0, 1)), entry(4000L, List.of(0, 1, 2, 3)),
                entry(6000L, List.of(2, 3, 4, 5)), entry(8000L, List.of(4, 5)));
    }

    @Test
    void slideLongerThanTheWindowSkipsBatchesThatNoWindowCovers() {
        assertThat(windows(2, 3, 6)).containsExactly(entry(3000L, List.of(1, 2)), entry(6000L, List.of(4, 5)));
    }

    @Test
    void windowsOfEmptyBatchesKeepComingAfterTheInputStops() {
        assertThat(windows(2, 1, 8)).containsEntry(7000L, List.of(5)).containsEntry(8000L, List.of());
    }

    @Test
    void printShowsNothingAtAllBetweenSlides() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        socket.window(Duration.seconds(2), Duration.seconds(2)).print(10, PrintFormat.JVM_TO_STRING);
        h.run(socket, "a", "b", "c");
        assertThat(h.out.toString()).isEqualTo("""
                -------------------------------------------
                Time: 2000 ms
                -------------------------------------------
                a
                b

                """);
    }

    @Test
    void windowsAreAlignedToZeroTimeNotToTheEpoch() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.clock.setTime(953_500);
        SocketInputDStream socket = h.socket();
        Map<Long, List<String>> out = h.collect(socket.window(Duration.seconds(2), Duration.seconds(2)));
        h.run(socket, "a", "b", "c", "d");
        assertThat(out.keySet()).containsExactly(955_000L, 957_000L);
    }

    @Test
    void windowLengthNotAMultipleOfTheBatchIsRejectedWithSparksMessage() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        assertThatThrownBy(() -> socket.window(Duration.milliseconds(1500), Duration.seconds(1)))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.sparkMessage()).isEqualTo(
                        "java.lang.Exception: The window duration of windowed DStream (1500 ms) must be a multiple"
                                + " of the slide duration of parent DStream (1000 ms)"));
    }

    @Test
    void slideNotAMultipleOfTheBatchIsRejectedWithSparksMessage() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        SocketInputDStream socket = h.socket();
        assertThatThrownBy(() -> socket.window(Duration.seconds(3), Duration.milliseconds(1500)))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.sparkMessage()).isEqualTo(
                        "java.lang.Exception: The slide duration of windowed DStream (1500 ms) must be a multiple"
                                + " of the slide duration of parent DStream (1000 ms)"));
    }

    @Test
    void windowOfAWindowMustBeAMultipleOfTheInnerSlide() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        DStream<String> outer = h.socket().window(Duration.seconds(4), Duration.seconds(2));
        assertThatThrownBy(() -> outer.window(Duration.seconds(3), Duration.seconds(2)))
                .hasMessage("The window duration of windowed DStream (3000 ms) must be a multiple of the slide"
                        + " duration of parent DStream (2000 ms)");
    }
}
