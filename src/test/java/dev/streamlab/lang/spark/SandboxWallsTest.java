package dev.streamlab.lang.spark;

import dev.streamlab.Examples;
import dev.streamlab.engine.OutputSink;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.lang.Dialect;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sandbox wall the Scala and Python issues name: the offending program ends with a precise message at its
 * line, and a well-behaved program running at the same time in the same JVM prints exactly what Spark prints.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxWallsTest {

    private static final String SCALA_HEAD = """
            import org.apache.spark.SparkConf
            import org.apache.spark.streaming.{Seconds, StreamingContext}
            object T {
              def main(args: Array[String]): Unit = {
                val ssc = new StreamingContext(new SparkConf().setMaster("local[2]"), Seconds(1))
                val lines = ssc.socketTextStream("localhost", 9999)
            """;
    private static final String SCALA_TAIL = """
                lines.print()
                ssc.start()
                ssc.awaitTermination()
              }
            }
            """;
    private static final String PYTHON_HEAD = """
            from pyspark import SparkContext
            from pyspark.streaming import StreamingContext
            sc = SparkContext("local[2]", "walls")
            ssc = StreamingContext(sc, 1)
            lines = ssc.socketTextStream("localhost", 9999)
            """;
    private static final String PYTHON_TAIL = """
            lines.pprint()
            ssc.start()
            ssc.awaitTermination()
            """;

    Stream<Arguments> walls() {
        return Stream.of(
                scala("    Class.forName(\"java.lang.Runtime\")", "not found: value Class"),
                scala("    import java.io.File", "files"),
                scala("    import scala.io.Source", "files"),
                scala("    println(getClass.getClassLoader)", "not found: value getClass"),
                scala("    new Thread(() => println(1)).start()", "Thread is not a class"),
                scala("    import sys.process._", "sys.process"),
                scala("    System.exit(3)", null),
                scala("    println(System.getProperty(\"user.home\"))", "System.getProperty is not available"),
                scala("    def f(n: Int): Int = f(n + 1) + 1\n    f(0)", "calls deep"),
                scala("    while (true) {}", "steps before the first batch"),
                scala("    lines.map(l => { while (true) {}; l }).print()", "steps in batch 1"),
                scala("    (1 to 1000000000).foreach(i => ())", "1,000,000,000 elements"),
                scala("    var s = \"x\"\n    for (i <- 1 to 40) s = s + s", "over the limit"),
                scala("    for (i <- 1 to 2000000) println(\"0123456789\")", "printed more than"),
                python("__import__('os')", "__import__()"),
                python("open('/etc/passwd')", "open()"),
                python("exec('x = 1')", "exec()"),
                python("eval('1 + 1')", "eval()"),
                python("getattr(lines, '__class__')", "'__class__'"),
                python("import subprocess", "subprocess"),
                python("while True: pass", "steps before the first batch"),
                python("def spin(line):\n    while True:\n        pass\nlines.map(spin).pprint()", "steps in batch 1"),
                python("s = 'x' * 10**10", "10,000,000,000 elements"),
                python("def f(n):\n    return f(n + 1)\nf(0)", "calls deep"));
    }

    private static Arguments scala(String body, String message) {
        return Arguments.of(Dialect.SCALA, SCALA_HEAD + body + "\n" + SCALA_TAIL, message);
    }

    private static Arguments python(String body, String message) {
        return Arguments.of(Dialect.PYTHON, PYTHON_HEAD + body + "\n" + PYTHON_TAIL, message);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("walls")
    void wallStopsTheProgramWhileAnotherKeepsRunning(Dialect dialect, String source, String message)
            throws Exception {
        CompletableFuture<String> neighbour = CompletableFuture.supplyAsync(this::wellBehavedRun);
        Capture console = new Capture();
        ProgramRun.Outcome outcome = ProgramRun.run(new ProgramRun.Request(source,
                dialect == Dialect.SCALA ? "T.scala" : "t.py", dialect, List.of(),
                StreamFile.parse("1\n2\n---\n3\n", "walls.stream"), 3, console, ZoneId.of("UTC"),
                Files.createTempDirectory("walls"), null, null));
        if (message == null) {
            assertThat(outcome.status()).isEqualTo(3);
        } else {
            assertThat(outcome.error()).isNotNull();
            String rendered = outcome.error().render(Locale.ENGLISH);
            assertThat(rendered).contains(message);
            assertThat(outcome.error().position()).isNotNull();
        }
        assertThat(neighbour.get()).isEqualTo(Examples.read("seed003_quick_example.out"));
    }

    private String wellBehavedRun() {
        Capture console = new Capture();
        try {
            Path folder = Files.createTempDirectory("neighbour");
            ProgramRun.run(new ProgramRun.Request(Examples.read("seed003_quick_example.scala"), "Quick.scala",
                    Dialect.SCALA, List.of(), StreamFile.parse(Examples.read("seed003_quick_example.stream"),
                    "quick.stream"), 8, console, ZoneId.of("UTC"), folder, null, null));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return console.out.toString();
    }

    /** A program's console, kept for the assertions. */
    private static final class Capture implements OutputSink {
        final StringBuilder out = new StringBuilder();
        final StringBuilder err = new StringBuilder();

        @Override
        public void out(String line) {
            out.append(line).append('\n');
        }

        @Override
        public void err(String line) {
            err.append(line).append('\n');
        }
    }
}
