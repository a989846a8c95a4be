package dev.streamlab.lang.spark;

import dev.streamlab.engine.BatchReport;
import dev.streamlab.engine.OutputSink;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.lang.Dialect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One program run as {@code streamlab run} does it (manual clock, UTC), with its stdout and stderr kept apart and
 * its batch reports, for tests.
 */
final class SparkProgram {

    final List<String> out = new ArrayList<>();
    final List<String> err = new ArrayList<>();
    ProgramRun.Outcome outcome;

    static SparkProgram run(String fileName, String source, String stream, Integer batches, Path folder,
                            String... args) {
        Dialect dialect = fileName.endsWith(".scala") ? Dialect.SCALA : Dialect.PYTHON;
        SparkProgram run = new SparkProgram();
        OutputSink console = new OutputSink() {
            @Override
            public void out(String line) {
                run.out.add(line);
            }

            @Override
            public void err(String line) {
                run.err.add(line);
            }
        };
        StreamFile input = stream == null ? null : StreamFile.parse(stream, "input.stream");
        run.outcome = ProgramRun.runReporting(new ProgramRun.Request(source, fileName, dialect, Arrays.asList(args), input,
                batches, console, ZoneId.of("UTC"), folder, null, null));
        return run;
    }

    /** A test resource as text. */
    static String resource(String path) {
        try (InputStream in = SparkProgram.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stdout as the terminal shows it, every line ended by a newline. */
    String stdout() {
        StringBuilder text = new StringBuilder();
        out.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /** The program's own failure as the lab renders it, or null when it ended normally. */
    String error() {
        return outcome.error() == null ? null : outcome.error().render(Locale.ENGLISH);
    }

    /** Fails with the program's error when the run did not succeed. */
    SparkProgram succeeded() {
        if (!outcome.succeeded()) {
            throw new AssertionError("the run failed (status " + outcome.status() + "): " + error()
                    + "\nstdout:\n" + stdout() + "stderr:\n" + String.join("\n", err));
        }
        return this;
    }

    List<BatchReport> reports() {
        return outcome.reports();
    }
}
