package dev.streamlab.lang.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.Examples;
import dev.streamlab.engine.OutputSink;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.lang.Dialect;
import dev.streamlab.lang.spark.ProgramRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seeds' PySpark programs, run through the Python dialect and the Spark binding, print what PySpark prints. */
class PythonExamplesTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"seed001_stateless", "seed004_network_wordcount"})
    void seedProgramsPrintWhatPySparkPrints(String name) throws IOException {
        List<String> options = Arrays.asList(Examples.read(name + ".opts").trim().split("\\s+"));
        int batches = Integer.parseInt(options.get(options.indexOf("--batches") + 1));
        int argsAt = options.indexOf("--args");
        List<String> args = argsAt < 0 ? List.of() : options.subList(argsAt + 1, options.size());
        List<String> out = new ArrayList<>();
        OutputSink console = new OutputSink() {
            @Override
            public void out(String line) {
                out.add(line);
            }

            @Override
            public void err(String line) {
                out.add("stderr: " + line);
            }
        };
        ProgramRun.Outcome outcome = ProgramRun.run(new ProgramRun.Request(Examples.read(name + ".py"), name + ".py",
                Dialect.PYTHON, args, StreamFile.parse(Examples.read(name + ".stream"), name + ".stream"), batches,
                console, ZoneOffset.UTC, Files.createDirectories(folder.resolve(name)), null, null));
        assertThat(outcome.error()).isNull();
        assertThat(String.join("\n", out) + "\n").isEqualTo(Examples.read(name + ".out"));
    }
}
