package dev.streamlab.lang.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The plain Python programs of the corpus (those that do not use pyspark, and are not refused on purpose) print
 * under CPython exactly their committed {@code NAME.out}, which {@link CorpusProgramsTest} holds the dialect to: so
 * those expectations are provably CPython's. Runs each with {@code python3 NAME.py < /dev/null} in the corpus folder,
 * with {@code PYTHONHASHSEED=0} (the seed the dialect's string hashes follow, as PySpark's workers set it); skipped
 * where {@code python3} is not on the PATH.
 */
class CPythonCorpusTest {

    private static final Path PYTHON_CORPUS = Path.of("src/test/resources/corpus/python");

    private static boolean python3Available() {
        try {
            Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String cpython(Path program) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("python3", program.getFileName().toString())
                .directory(PYTHON_CORPUS.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PYTHONHASHSEED", "0");
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(program + ": python3 did not finish in 60 s");
        }
        return printed;
    }

    @Test
    void everyPlainPythonProgramPrintsUnderCPythonItsCommittedOut() throws IOException, InterruptedException {
        assumeTrue(python3Available(), "python3 is not on the PATH");
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (CorpusProgram corpus : CorpusProgram.all()) {
            if (corpus.isScala() || corpus.source().contains("pyspark") || corpus.refused() != null) {
                continue;
            }
            Path program = corpus.file();
            Path expected = corpus.expected();
            if (!Files.exists(expected)) {
                problems.add(program + ": a plain program needs " + expected.getFileName() + ", what python3 prints");
                continue;
            }
            String printed = cpython(program);
            if (printed.equals(Files.readString(expected, StandardCharsets.UTF_8))) {
                compared++;
            } else {
                problems.add(program + ": python3 printed\n" + printed + "but " + expected.getFileName() + " says\n"
                        + Files.readString(expected, StandardCharsets.UTF_8));
            }
        }
        System.out.printf("CPython corpus: %d plain Python programs print their .out under python3%n", compared);
        assertThat(problems).isEmpty();
        assertThat(compared).isGreaterThanOrEqualTo(50);
    }
}
