package dev.streamlab.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GradeCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int grade(String... args) {
        GradeCommand command = new GradeCommand();
        new CommandLine(command).parseArgs(args);
        return command.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void csvHasAHeaderThenOneRowPerFileAndFailsIfOneFileFails() {
        int status = grade("--exercise", "word-count", "--csv", file("scala/count-by-value.scala"),
                file("scala/keeps-empty-words.scala"), file("python/does-not-parse.py"));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(status).isEqualTo(1);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("file,exercise,dialect,score,passed,total,verdict,detail");
        assertThat(lines.get(1)).endsWith("count-by-value.scala,word-count,scala,1.000,6,6,passed,\"\"");
        assertThat(lines.get(2)).contains("keeps-empty-words.scala,word-count,scala,0.")
                .contains(",failed,\"spaces-and-empty-batches: Batch 1 (time 1000 ms), output 1:");
        assertThat(lines.get(3)).contains("does-not-parse.py,word-count,python,0.000,0,0,rejected,\"")
                .contains("does-not-parse.py:6:");
    }

    @Test
    void everyFilePassingExitsWithZeroAndATable() {
        int status = grade("--exercise", "word-count", file("python/for-loop.py"), file("python/count-by-value.py"));
        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(table.lines().toList()).hasSize(3);
        assertThat(table.lines().skip(1)).allMatch(line -> line.contains("python") && line.contains("6/6")
                && line.contains("passed"));
    }

    @Test
    void theSameFileGradesTheSameTwiceAndTheLanguageIsTheStudents() {
        grade("--exercise", "word-count", "--csv", "--lang", "ru", file("scala/keeps-empty-words.scala"));
        String first = out.toString(StandardCharsets.UTF_8);
        out.reset();
        grade("--exercise", "word-count", "--csv", "--lang", "ru", file("scala/keeps-empty-words.scala"));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(first).contains("Батч 1");
    }

    @Test
    void anUnknownExerciseIsAUsageError() {
        assertThat(grade("--exercise", "no-such-exercise", file("python/for-loop.py"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no exercise no-such-exercise");
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenTheyMustBe() {
        assertThat(Csv.field("plain")).isEqualTo("plain");
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    private static String file(String path) {
        try {
            return Path.of(GradeCommandTest.class.getResource("/grading/submissions/word-count/" + path).toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
