package dev.streamlab.lang.spark;

import dev.streamlab.engine.CheckpointStore;
import dev.streamlab.engine.ManualClock;
import dev.streamlab.engine.OutputSink;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.dstream.SocketInputDStream;
import dev.streamlab.lang.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver process as a live lab session drives it, on a manual clock: start the program, run batches, crash it
 * ("Restart driver"), start it again.
 */
class DriverProcessTest {

    @TempDir
    Path folder;

    private final ManualClock clock = new ManualClock();
    private final CheckpointStore checkpoints = new CheckpointStore();
    private final List<String> out = new ArrayList<>();

    private DriverProcess process(String seed) {
        OutputSink console = new OutputSink() {
            @Override
            public void out(String line) {
                if (line.startsWith("Time: ") || line.startsWith("(")) {
                    out.add(line);
                }
            }

            @Override
            public void err(String line) {
            }
        };
        String source = SparkProgram.resource("/seeds/scala/" + seed + ".scala");
        return new DriverProcess(Dialect.SCALA.compile(source, seed + ".scala"), List.of(), null,
                Driver.handingOver(clock), console, ZoneId.of("UTC"), folder, checkpoints);
    }

    private static void type(StreamingContext ssc, String line) {
        ((SocketInputDStream) ssc.inputs().get(0)).offer(line);
    }

    @Test
    void restartWithGetOrCreateRecoversTheStateAndCatchesUpOnTheDowntime() {
        DriverProcess process = process("s003_recovery_checkpoint");
        assertThat(process.start().end()).isEqualTo(DriverProcess.End.AWAITING);
        StreamingContext first = process.streamingContext();
        type(first, "Hello Scala");
        first.advance();

        process.crash();
        assertThat(first.state()).isEqualTo(StreamingContext.State.STOPPED);
        clock.setTime(clock.millis() + 10_000);
        DriverProcess.Start again = process.start();
        StreamingContext recovered = process.streamingContext();

        assertThat(again.end()).isEqualTo(DriverProcess.End.AWAITING);
        assertThat(recovered).isNotSameAs(first);
        assertThat(recovered.isRecovered()).isTrue();
        assertThat(recovered.state()).isEqualTo(StreamingContext.State.ACTIVE);
        type(recovered, "Hello");
        recovered.advance();
        recovered.advance();
        recovered.advance();
        recovered.advance();
        assertThat(out).containsExactly("Time: 5000 ms", "(Hello,1)", "(Scala,1)",
                "Time: 5000 ms", "(Hello,1)", "(Scala,1)", "Time: 10000 ms", "Time: 15000 ms",
                "Time: 20000 ms", "(Hello,2)");
    }

    @Test
    void restartWithoutGetOrCreateStartsEmptyAfterTheDowntime() {
        DriverProcess process = process("s003_map_with_state");
        process.start();
        StreamingContext first = process.streamingContext();
        type(first, "Hello Scala");
        first.advance();

        process.crash();
        clock.setTime(clock.millis() + 10_000);
        process.start();
        StreamingContext fresh = process.streamingContext();
        type(fresh, "Hello");
        fresh.advance();

        assertThat(fresh.isRecovered()).isFalse();
        assertThat(out).containsExactly("Time: 5000 ms", "(Hello,1)", "(Scala,1)", "Time: 20000 ms", "(Hello,1)");
    }

    @Test
    void newStreamingContextOnACheckpointPathRecoversWhatAnotherProgramCheckpointed() {
        DriverProcess creator = process("s003_recovery_checkpoint");
        creator.start();
        StreamingContext first = creator.streamingContext();
        type(first, "Hello Scala");
        first.advance();
        creator.crash();
        String resume = """
                object Resume {
                  def main(args: Array[String]): Unit = {
                    val ssc = new StreamingContext("hdfs://gaozhy:9000/checkpoint")
                    ssc.start()
                    ssc.awaitTermination()
                  }
                }
                """;
        DriverProcess resumer = new DriverProcess(Dialect.SCALA.compile(resume, "Resume.scala"), List.of(), null,
                Driver.handingOver(clock), new OutputSink() {
                    @Override
                    public void out(String line) {
                        out.add(line);
                    }

                    @Override
                    public void err(String line) {
                    }
                }, ZoneId.of("UTC"), folder, checkpoints);

        assertThat(resumer.start().end()).isEqualTo(DriverProcess.End.AWAITING);
        out.clear();
        resumer.streamingContext().advance();
        assertThat(out).contains("Time: 5000 ms", "(Hello,1)", "(Scala,1)");
    }

    @Test
    void aCrashedContextRunsNoFurtherBatch() {
        DriverProcess process = process("s003_map_with_state");
        process.start();
        process.crash();

        assertThat(process.streamingContext().state()).isEqualTo(StreamingContext.State.STOPPED);
        assertThat(process.reports()).isEmpty();
    }
}
