package dev.streamlab.lang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.engine.OutputSink;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.lang.Dialect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs a Scala program kept under a test resource folder as {@code streamlab run} does, with what sits next to it:
 * {@code NAME.stream} (its input), {@code NAME.opts} ({@code --batches N}, {@code --args …}), and for a lesson
 * fragment {@code NAME.scaffold}, the name of the program in {@code scaffolds/} whose {@code {snippet}} line the
 * fragment replaces. Expected results are {@code NAME.out} (stdout) and {@code NAME.err} (the error shown).
 */
final class ScalaProgramRunner {

    /** What a run printed, the error it ended with (rendered in English, null when none) and its folder. */
    record Result(String stdout, String stderr, String error, int status, Path sessionFolder) {
    }

    private final String folder;

    ScalaProgramRunner(String folder) {
        this.folder = folder;
    }

    Result run(String name) {
        return run(name, null);
    }

    /** A run with these program arguments instead of the ones in {@code NAME.opts} (null: those). */
    Result run(String name, List<String> args) {
        String source = program(name);
        String streamText = optional(name + ".stream");
        StreamFile input = streamText == null ? null : StreamFile.parse(streamText, name + ".stream");
        Options options = Options.parse(optional(name + ".opts"));
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        OutputSink console = new OutputSink() {
            @Override
            public void out(String line) {
                out.append(line).append('\n');
            }

            @Override
            public void err(String line) {
                err.append(line).append('\n');
            }
        };
        Path session = sessionFolder();
        ProgramRun.Outcome outcome = ProgramRun.run(new ProgramRun.Request(source, name + ".scala", Dialect.SCALA,
                args == null ? options.args() : args, input, options.batches(), console, ZoneId.of("UTC"), session, null, null));
        String error = outcome.error() == null ? null : outcome.error().render(Locale.ENGLISH) + "\n";
        return new Result(out.toString(), err.toString(), error, outcome.status(), session);
    }

    /** The program as it runs: the file itself, or the fragment inside its scaffold. */
    String program(String name) {
        String source = read(name + ".scala");
        String scaffold = optional(name + ".scaffold");
        if (scaffold == null) {
            return source;
        }
        String frame = read("scaffolds/" + scaffold.strip() + ".scala");
        return frame.replace("{snippet}\n", source.endsWith("\n") ? source : source + "\n");
    }

    String expected(String fileName) {
        return read(fileName);
    }

    /** Runs {@code name} and checks it ends without error, having printed exactly {@code NAME.out}. */
    void assertPrintsExpectedOutput(String name) {
        Result result = run(name);
        assertThat(result.error()).as("error of " + name).isNull();
        assertThat(result.stdout()).isEqualTo(expected(name + ".out"));
    }

    /** Runs {@code name} and checks it prints nothing and ends with exactly the error in {@code NAME.err}. */
    void assertFailsWithExpectedError(String name) {
        Result result = run(name);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.status()).isNotZero();
        assertThat(result.error()).isEqualTo(expected(name + ".err"));
    }

    private static Path sessionFolder() {
        try {
            return Files.createTempDirectory("streamlab-test-run");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read(String fileName) {
        String text = optional(fileName);
        if (text == null) {
            throw new IllegalArgumentException("no test resource " + folder + "/" + fileName);
        }
        return text;
    }

    private String optional(String fileName) {
        try (InputStream in = getClass().getResourceAsStream("/" + folder + "/" + fileName)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command-line options of a run, in {@code streamlab run}'s syntax. */
    private record Options(Integer batches, List<String> args) {

        static Options parse(String text) {
            if (text == null) {
                return new Options(null, List.of());
            }
            List<String> words = Arrays.asList(text.strip().split("\\s+"));
            Integer batches = null;
            List<String> args = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).equals("--batches")) {
                    batches = Integer.parseInt(words.get(++i));
                } else if (words.get(i).equals("--args")) {
                    args.addAll(words.subList(i + 1, words.size()));
                    break;
                }
            }
            return new Options(batches, args);
        }
    }
}
