package dev.streamlab.engine;

import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.Tuple;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeds' Scala pipelines written against the engine's Java API print exactly what real Spark printed for them
 * (the expected outputs in shared/examples were produced by Spark 4.1 on a manual clock).
 */
class SeedExamplesOnEngineTest {

    private static String read(String name) throws IOException {
        return Files.readString(EngineHarness.sharedFile("examples", name), StandardCharsets.UTF_8);
    }

    @Test
    void quickExampleWordCountPrintsSparksOrder() throws IOException {
        EngineHarness h = new EngineHarness(Duration.seconds(5));
        h.socket().flatMap(l -> Arrays.asList(l.split(" ")))
                .map(w -> Tuple.pair(w, 1)).pairs()
                .reduceByKey((a, b) -> (Integer) a + (Integer) b, (Integer) null)
                .print(10, PrintFormat.JVM_TO_STRING);
        h.replay(read("seed003_quick_example.stream"), 8);
        assertThat(h.out.toString()).isEqualTo(read("seed003_quick_example.out"));
    }

    @Test
    void updateStateByKeyCallsTheFunctionForEveryKeyBeforePrinting() throws IOException {
        EngineHarness h = new EngineHarness(Duration.seconds(5));
        h.ssc.checkpoint("hdfs://gaozhy:9000/checkpoint");
        h.socket().flatMap(l -> Arrays.asList(l.split(" ")))
                .map(w -> Tuple.pair(w, 1)).pairs()
                .updateStateByKey((values, state) -> {
                    h.out(String.join(",", values.stream().map(String::valueOf).toList()) + " | "
                            + state.map(s -> "Some(" + s + ")").orElse("None"));
                    return Optional.of(values.size() + (Integer) state.orElse(0));
                }, null, null)
                .print(10, PrintFormat.JVM_TO_STRING);
        h.replay(read("seed003_update_state_by_key.stream"), 7);
        assertThat(h.out.toString()).isEqualTo(read("seed003_update_state_by_key.out"));
    }

    @Test
    void reduceByWindowWithInverseOutputsEverySlide() throws IOException {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        h.ssc.checkpoint("/tmp/spark");
        DStream<Integer> res = h.ssc.socketTextStream("localhost", 7777)
                .flatMap(x -> Arrays.asList(x.split(" "))).map(x -> 1)
                .reduceByWindow(Integer::sum, (a, b) -> a - b, Duration.seconds(60), Duration.seconds(20));
        res.checkpoint(Duration.seconds(100));
        res.foreachRdd(rdd -> rdd.foreach(x -> h.out(String.valueOf(x))));
        res.print(10, PrintFormat.JVM_TO_STRING);
        h.replay(read("seed000_workshop9.stream"), 100);
        assertThat(h.out.toString()).isEqualTo(read("seed000_workshop9.out"));
    }

    @Test
    void countByValueOfFiveIntegersPrintsInSlotOrder() {
        EngineHarness h = new EngineHarness(Duration.seconds(1));
        DStream<String> lines = h.socket();
        lines.map(Integer::valueOf).countByValue(null).print(10, PrintFormat.JVM_TO_STRING);
        h.batches(List.of(List.of("1", "2", "3", "4", "5")), (dev.streamlab.engine.dstream.SocketInputDStream) lines);
        assertThat(h.out.toString()).isEqualTo("""
                -------------------------------------------
                Time: 1000 ms
                -------------------------------------------
                (4,1)
                (2,1)
                (1,1)
                (3,1)
                (5,1)

                """);
    }
}
