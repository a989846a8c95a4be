package dev.streamlab.lang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.lang.runtime.LangException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coverage corpus ({@code src/test/resources/corpus}): Spark Streaming and plain Scala/Python programs written
 * after real ones, each naming on its first line where its pattern was seen. Each runs as {@code streamlab run}
 * runs it, on its {@code input:} stream ({@code words.stream} by default). A program must run without error, or,
 * marked {@code expect-refused: TEXT}, be refused with a message containing TEXT at a line of the program; a
 * program with a {@code NAME.out} beside it must print exactly that (what Spark printed for it).
 */
class CorpusProgramsTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Pattern HEADER = Pattern.compile("^(?://|#) ([a-z-]+): (.*)$");

    @TempDir
    Path folder;

    private record Program(Path file, String source, String seen, String input, String refused) {
    }

    private static Program read(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        String seen = null;
        String input = "words.stream";
        String refused = null;
        for (String line : source.lines().toList()) {
            Matcher header = HEADER.matcher(line);
            if (!header.matches()) {
                break;
            }
            switch (header.group(1)) {
                case "seen" -> seen = header.group(2);
                case "input" -> input = header.group(2).trim();
                case "expect-refused" -> refused = header.group(2).trim();
                default -> throw new IllegalStateException(file + ": unknown header " + header.group(1));
            }
        }
        return new Program(file, source, seen, input, refused);
    }

    private static List<Path> programs() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".scala") || f.toString().endsWith(".py")).sorted()
                    .toList();
        }
    }

    @Test
    void everyCorpusProgramRunsOrIsRefusedByNameAtItsLine() throws IOException {
        List<String> problems = new ArrayList<>();
        int ran = 0;
        int refused = 0;
        int compared = 0;
        int scala = 0;
        List<Path> files = programs();
        for (Path file : files) {
            Program program = read(file);
            scala += file.toString().endsWith(".scala") ? 1 : 0;
            if (program.seen() == null || program.seen().isBlank()) {
                problems.add(file + ": the first line must say where the pattern was seen (// seen: …)");
                continue;
            }
            String stream = Files.readString(CORPUS.resolve("streams").resolve(program.input()),
                    StandardCharsets.UTF_8);
            Path runFolder = Files.createDirectories(folder.resolve(file.getFileName().toString()));
            SparkProgram run = SparkProgram.run(file.getFileName().toString(), program.source(), stream, null,
                    runFolder);
            LangException error = run.outcome.error();
            String message = error == null ? null : error.message(Locale.ENGLISH);
            if (program.refused() != null) {
                if (error == null || error.position() == null || error.position().line() < 1
                        || !message.toLowerCase(Locale.ROOT).contains(program.refused().toLowerCase(Locale.ROOT))) {
                    problems.add(file + ": expected a refusal containing \"" + program.refused() + "\" at a line, got "
                            + (error == null ? "a successful run" : error.render(Locale.ENGLISH)));
                } else {
                    refused++;
                }
                continue;
            }
            if (!run.outcome.succeeded()) {
                problems.add(file + ": " + (error == null ? "exit " + run.outcome.status()
                        : error.render(Locale.ENGLISH)));
                continue;
            }
            ran++;
            Path expected = Path.of(file.toString().replaceAll("\\.(scala|py)$", ".out"));
            if (Files.exists(expected)) {
                String printed = String.join("\n", run.out) + (run.out.isEmpty() ? "" : "\n");
                if (printed.equals(Files.readString(expected, StandardCharsets.UTF_8))) {
                    compared++;
                } else {
                    problems.add(file + ": printed\n" + printed + "but Spark printed\n" + Files.readString(expected));
                }
            }
        }
        System.out.printf("corpus: %d programs (%d Scala, %d Python): %d ran, %d refused on purpose, "
                + "%d compared with Spark's output%n", files.size(), scala, files.size() - scala, ran, refused,
                compared);
        assertThat(problems).isEmpty();
        assertThat(files).hasSizeGreaterThanOrEqualTo(200);
    }
}
