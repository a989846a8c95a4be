package dev.streamlab.lang.spark;

import dev.streamlab.engine.OutputSink;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.lang.Dialect;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spark ships each task its own copy of a closure: a variable a DStream function changes starts again in every
 * partition of every batch, and the driver's stays as it was (the programming guide's "understanding closures").
 */
class TaskCopiesTest {

    @Test
    void aCounterInAMapStartsAgainInEveryBatchAndTheDriversStaysAtZero() throws Exception {
        String program = """
                val ssc = new StreamingContext(new SparkConf().setMaster("local[2]"), Seconds(1))
                val lines = ssc.socketTextStream("localhost", 9999)
                var n = 0
                lines.map { x => n += 1; (x, n) }.print()
                lines.foreachRDD { rdd => println("driver n = " + n) }
                ssc.start()
                ssc.awaitTermination()
                """;
        StringBuilder out = new StringBuilder();
        OutputSink console = new OutputSink() {
            @Override
            public void out(String line) {
                out.append(line).append('\n');
            }

            @Override
            public void err(String line) {
            }
        };
        ProgramRun.Outcome outcome = ProgramRun.run(new ProgramRun.Request(program, "Closure.scala", Dialect.SCALA,
                List.of(), StreamFile.parse("a\nb\nc\n---\nd\ne\n", "t.stream"), 2, console, ZoneId.of("UTC"),
                Files.createTempDirectory("closures"), null, null));
        assertThat(outcome.error()).isNull();
        assertThat(out.toString()).isEqualTo("""
                -------------------------------------------
                Time: 1000 ms
                -------------------------------------------
                (a,1)
                (b,2)
                (c,3)

                driver n = 0
                -------------------------------------------
                Time: 2000 ms
                -------------------------------------------
                (d,1)
                (e,2)

                driver n = 0
                """);
    }
}
