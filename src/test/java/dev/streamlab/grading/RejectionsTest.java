package dev.streamlab.grading;

import dev.streamlab.lang.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What is not the student's streaming logic gets a verdict that says exactly what is wrong, and no diff. */
class RejectionsTest {

    private static final Grader GRADER = new Grader();
    private static final GradedExercise WINDOWED = TestExercises.load("windowed-count", Dialect.SCALA);

    private static GradeResult grade(String file, Locale locale) {
        return GRADER.grade(WINDOWED, TestExercises.submission("windowed-count/scala/" + file), locale, 3);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "other-port.scala           | OTHER_SOURCE         | reads localhost:7777, but this exercise sends its lines to localhost:9999",
            "other-batch-interval.scala | OTHER_BATCH_INTERVAL | batch interval of 2 s, but this exercise requires 1 s",
            "no-output.scala            | NO_OUTPUT            | registers no output operation",
            "never-starts.scala         | DOES_NOT_START       | never starts its StreamingContext",
            "fails-to-start.scala       | DOES_NOT_START       | stopped before its first batch"})
    void aProgramThatIsNotGradableSaysWhy(String file, Rejection.Reason reason, String says) {
        GradeResult result = grade(file, Locale.ENGLISH);
        assertThat(result.verdict()).isEqualTo("rejected");
        assertThat(result.rejection().reason()).isEqualTo(reason);
        assertThat(result.rejection().message()).contains(says);
        assertThat(result.tests()).isEmpty();
        assertThat(result.score()).isZero();
        assertThat(result.countsAsAttempt()).isTrue();
    }

    @Test
    void aProgramThatDoesNotStartShowsItsErrorAtItsLine() {
        Rejection rejection = grade("fails-to-start.scala", Locale.ENGLISH).rejection();
        assertThat(rejection.message()).contains("fails-to-start.scala:8:", "multiple of");
    }

    @Test
    void aProgramThatDoesNotParseIsReportedAtItsLineAndIsNoAttempt() {
        GradeResult result = grade("does-not-parse.scala", Locale.ENGLISH);
        assertThat(result.rejection().reason()).isEqualTo(Rejection.Reason.DOES_NOT_PARSE);
        assertThat(result.rejection().line()).isEqualTo(8);
        assertThat(result.rejection().message()).contains("does-not-parse.scala:8:10:", "does not count as an attempt");
        assertThat(result.countsAsAttempt()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr    | lit localhost:7777, mais cet exercice envoie ses lignes sur localhost:9999",
            "ru    | читает localhost:7777, а это упражнение отправляет строки на localhost:9999",
            "zh-CN | 你的程序读取的是 localhost:7777，但本练习把数据发送到 localhost:9999",
            "zh-TW | 你的程式讀取的是 localhost:7777，但本練習把資料傳送到 localhost:9999"})
    void rejectionsSpeakTheStudentsLanguage(String tag, String says) {
        assertThat(grade("other-port.scala", Locale.forLanguageTag(tag)).rejection().message()).contains(says);
    }

    @Test
    void aPythonSyntaxErrorIsReportedAtItsLine() {
        GradedExercise python = TestExercises.load("windowed-count", Dialect.PYTHON);
        String program = "from pyspark.streaming import StreamingContext\nssc = StreamingContext(sc, 1\n";
        GradeResult result = GRADER.grade(python, new Submission(program, "main.py", Dialect.PYTHON),
                Locale.ENGLISH, 1);
        assertThat(result.rejection().reason()).isEqualTo(Rejection.Reason.DOES_NOT_PARSE);
        assertThat(result.rejection().line()).isEqualTo(2);
        assertThat(result.countsAsAttempt()).isFalse();
    }

    @Test
    void localhostMayBeWrittenAsItsAddress() {
        String program = TestExercises.text(TestExercises.folder("exercises/windowed-count/scala/solution.scala"))
                .replace("\"localhost\"", "\"127.0.0.1\"");
        GradeResult result = GRADER.grade(WINDOWED, new Submission(program, "Main.scala", Dialect.SCALA),
                Locale.ENGLISH, 1);
        assertThat(result.allPassed()).as(result.detail()).isTrue();
    }
}
