package dev.streamlab.cli;

import dev.streamlab.engine.OutputSink;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.engine.source.StreamFileException;
import dev.streamlab.lang.Dialect;
import dev.streamlab.lang.spark.ProgramRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code streamlab run PROGRAM [--input FILE.stream] [--batches N] [--dialect scala|python] [--args …]}: runs a
 * program on a manual clock and prints exactly what Spark would print on stdout; errors go to stderr.
 */
@Command(name = "run", description = "Run a Spark Streaming program on a stream file, printing what Spark prints.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROGRAM", description = "a .scala or .py program")
    Path program;

    @Option(names = "--input", paramLabel = "FILE", description = "the .stream file fed to the program's sockets")
    Path input;

    @Option(names = "--batches", paramLabel = "N", description = "run exactly N batches")
    Integer batches;

    @Option(names = "--dialect", paramLabel = "scala|python", description = "default: from the file extension")
    String dialect;

    @Option(names = "--time-zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "time zone of PySpark's pprint times (default UTC)")
    String timeZone;

    @Option(names = "--lang", paramLabel = "LOCALE", defaultValue = "en", description = "language of error messages")
    String locale;

    /** Everything after {@code --args}, set by {@link StreamLabCli} before parsing. */
    List<String> programArgs = List.of();

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        try {
            return run(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    int run(PrintStream out, PrintStream err) throws IOException {
        Dialect chosen = chooseDialect();
        if (chosen == null) {
            err.println("streamlab run: cannot tell the dialect of " + program + "; pass --dialect scala|python");
            return 2;
        }
        if (!Files.isReadable(program)) {
            err.println("streamlab run: cannot read " + program);
            return 2;
        }
        StreamFile stream = null;
        if (input != null) {
            try {
                stream = StreamFile.read(input);
            } catch (StreamFileException e) {
                err.println(e.getMessage());
                return 2;
            } catch (IOException e) {
                err.println("streamlab run: cannot read " + input);
                return 2;
            }
        }
        Path folder = Files.createTempDirectory("streamlab-run");
        OutputSink console = new OutputSink() {
            @Override
            public void out(String line) {
                out.println(line);
            }

            @Override
            public void err(String line) {
                out.flush();
                err.println(line);
            }
        };
        String source = Files.readString(program, StandardCharsets.UTF_8);
        ProgramRun.Outcome outcome = ProgramRun.run(new ProgramRun.Request(source, program.getFileName().toString(),
                chosen, programArgs, stream, batches, console, ZoneId.of(timeZone), folder, null, null));
        out.flush();
        if (outcome.error() != null) {
            err.println(outcome.error().render(Locale.forLanguageTag(locale)));
            return Math.max(1, outcome.status());
        }
        return outcome.status();
    }

    private Dialect chooseDialect() {
        if (dialect != null) {
            return switch (dialect.toLowerCase(Locale.ROOT)) {
                case "scala" -> Dialect.SCALA;
                case "python", "py" -> Dialect.PYTHON;
                default -> null;
            };
        }
        String name = program.getFileName().toString();
        if (name.endsWith(".scala")) {
            return Dialect.SCALA;
        }
        return name.endsWith(".py") ? Dialect.PYTHON : null;
    }
}
