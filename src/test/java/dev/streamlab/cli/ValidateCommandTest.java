package dev.streamlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {

    private static final String BROKEN = "src/test/resources/broken-course";

    private record Result(int status, List<String> lines) {
    }

    private static Result validate(Path folder) {
        ValidateCommand command = new ValidateCommand();
        command.folder = folder;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = command.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Result(status, bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void theBundledCourseHasNoProblem() {
        Result result = validate(null);

        assertThat(result.lines()).hasSize(1);
        assertThat(result.lines().get(0)).endsWith("exercises, no problem");
        assertThat(result.status()).isZero();
    }

    @Test
    void brokenExercisesGetExactlyOneLinePerProblem() {
        Result result = validate(Path.of(BROKEN));

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.lines()).containsExactly(
                BROKEN + "/Bad_Id/instructions.en.md:1: 'Bad_Id' is not a valid exercise id \u2014 rename the folder"
                        + " with lowercase letters, digits and dashes only (word-count)",
                BROKEN + "/bad-yaml/instructions.en.md:8: invalid YAML in the front matter: expected ',' or ']', but"
                        + " got : (while parsing a flow sequence that starts at line 7) \u2014 fix the YAML (a"
                        + " 'key: value' per line, lists as [a, b], indentation with spaces)",
                BROKEN + "/malformed-stream/tests/hidden/c.stream:2: 'port' is not a port: expected"
                        + " '--- source HOST:PORT' or '--- source PORT' \u2014 fix this line (stream files:"
                        + " exercises/README.md)",
                BROKEN + "/missing-locale/instructions.ru.md:1: the Russian translation is missing \u2014 translate"
                        + " instructions.en.md into instructions.ru.md (front matter: title, source-hash:"
                        + " f1a3b947e474acd6, hidden-hints)",
                BROKEN + "/missing-title/instructions.en.md:1: the front matter has no title \u2014 add a line"
                        + " title: Word count",
                BROKEN + "/stale-translation/instructions.fr.md:3: the French translation is stale:"
                        + " instructions.en.md changed since it was translated \u2014 bring it up to date with"
                        + " instructions.en.md, then set source-hash: d23198f97a001be4",
                BROKEN + "/wrong-reference/python/solution.py:1: the references disagree on tests/visible/b.stream,"
                        + " batch 1, output 1: Scala ((\"x\", 2), (\"y\", 1)), Python ((\"\", 3), (\"x\", 2),"
                        + " (\"y\", 1)) \u2014 fix the reference that is wrong");
    }

    @Test
    void aFolderThatDoesNotExistIsAnError() {
        Result result = validate(Path.of("no-such-course"));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.lines()).containsExactly(
                "no-such-course:1: no such folder \u2014 give the folder that holds one folder per exercise");
    }
}
