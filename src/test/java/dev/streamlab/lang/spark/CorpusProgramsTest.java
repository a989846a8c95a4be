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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coverage corpus ({@code src/test/resources/corpus}): Spark Streaming and plain Scala/Python programs written
 * after real ones, each naming on its first line where its pattern was seen. Each runs as {@code streamlab run}
 * runs it, on its {@code input:} stream ({@code words.stream} by default). A program must run without error, or,
 * marked {@code expect-refused: TEXT}, be refused with a message containing TEXT at a line of the program; a
 * program with a {@code NAME.out} beside it must print exactly that: what real Scala and Spark printed for it
 * ({@link CorpusOnSparkTest} keeps those files true), or CPython for a plain Python program.
 */
class CorpusProgramsTest {

    @TempDir
    Path folder;

    @Test
    void everyCorpusProgramRunsOrIsRefusedByNameAtItsLine() throws IOException {
        List<String> problems = new ArrayList<>();
        int ran = 0;
        int refused = 0;
        int compared = 0;
        int comparedWithCPython = 0;
        int scala = 0;
        List<CorpusProgram> programs = CorpusProgram.all();
        for (CorpusProgram program : programs) {
            Path file = program.file();
            scala += program.isScala() ? 1 : 0;
            if (program.seen() == null || program.seen().isBlank()) {
                problems.add(file + ": the first line must say where the pattern was seen (// seen: …)");
                continue;
            }
            SparkProgram run = program.runInLab(Files.createDirectories(folder.resolve(program.name())));
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
            Path expected = program.expected();
            if (Files.exists(expected)) {
                String printed = run.stdout();
                if (printed.equals(Files.readString(expected, StandardCharsets.UTF_8))) {
                    compared += program.isScala() ? 1 : 0;
                    comparedWithCPython += program.isScala() ? 0 : 1;
                } else {
                    problems.add(file + ": printed\n" + printed + "but Spark printed\n" + Files.readString(expected));
                }
            }
        }
        System.out.printf("corpus: %d programs (%d Scala, %d Python): %d ran, %d refused on purpose, "
                + "%d compared with what real Scala and Spark print, %d with what CPython prints%n", programs.size(), scala,
                programs.size() - scala, ran, refused, compared, comparedWithCPython);
        assertThat(problems).isEmpty();
        assertThat(programs).hasSizeGreaterThanOrEqualTo(200);
    }
}
