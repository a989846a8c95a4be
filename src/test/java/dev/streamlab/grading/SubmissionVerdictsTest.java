package dev.streamlab.grading;

import dev.streamlab.lang.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Student programs from {@code src/test/resources/grading/submissions/}: correct ones written differently from the
 * reference pass every test, generated ones included; the typical wrong ones fail at the batch where the mistake
 * first shows, with the mismatch that names it.
 */
class SubmissionVerdictsTest {

    private static final Grader GRADER = new Grader();

    private static GradeResult grade(String exercise, String file) {
        Dialect dialect = file.endsWith(".scala") ? Dialect.SCALA : Dialect.PYTHON;
        return GRADER.grade(TestExercises.load(exercise, dialect),
                TestExercises.submission(exercise + "/" + (dialect == Dialect.SCALA ? "scala/" : "python/") + file),
                Locale.ENGLISH, 42);
    }

    @ParameterizedTest
    @CsvSource({"windowed-count, scala", "windowed-count, python", "streaks, scala", "streaks, python"})
    void theReferencePassesItsOwnTests(String exercise, String dialectName) {
        Dialect dialect = Dialect.valueOf(dialectName.toUpperCase(Locale.ROOT));
        GradedExercise graded = TestExercises.load(exercise, dialect);
        GradeResult result = GRADER.grade(graded, new Submission(graded.reference(), "Main", dialect),
                Locale.ENGLISH, 7);
        assertThat(result.allPassed()).as(result.detail()).isTrue();
        assertThat(result.score()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"window-then-reduce.scala", "count-by-value.scala", "fold-by-key.scala",
            "inverse-filtered.scala", "for-loop.py", "count-by-value.py", "window-then-reduce.py",
            "inverse-filtered.py"})
    void correctWindowedCountsWrittenDifferentlyPass(String file) {
        GradeResult result = grade("windowed-count", file);
        assertThat(result.verdict()).as(result.detail()).isEqualTo("passed");
        assertThat(result.passed()).isEqualTo(result.total()).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"match-on-state.scala", "for-loop.py"})
    void correctStreaksWrittenDifferentlyPass(String file) {
        GradeResult result = grade("streaks", file);
        assertThat(result.allPassed()).as(result.detail()).isTrue();
    }

    /** PySpark only updates a window incrementally when it spans five slides or more; this one spans two. */
    @Test
    void pysparkRecomputesAShortInverseWindowSoItsZeroCountsNeverShow() {
        assertThat(grade("windowed-count", "inverse-keeps-zeros.py").allPassed()).isTrue();
    }

    @ParameterizedTest(name = "{0} fails {1} at batch {2}: {3}")
    @CsvSource({
            "no-window.scala,           basic,  1, UNEXPECTED_OUTPUT",
            "reduce-by-key.py,          basic,  1, UNEXPECTED_OUTPUT",
            "wrong-slide.scala,         basic,  2, MISSING_OUTPUT",
            "wrong-slide.py,            basic,  1, UNEXPECTED_OUTPUT",
            "inverse-keeps-zeros.scala, basic,  6, RECORDS",
            "keeps-empty-words.scala,   spaces, 2, RECORDS",
            "keeps-empty-words.py,      spaces, 2, RECORDS",
            "split-on-whitespace.py,    spaces, 2, RECORDS"})
    void typicalWindowedMistakesFailAtTheirBatch(String file, String test, int batch, Verdict.Mismatch mismatch) {
        GradeResult result = grade("windowed-count", file);
        assertThat(result.verdict()).isEqualTo("failed");
        Verdict.Failed failed = firstFailure(result, test);
        assertThat(failed.batch()).isEqualTo(batch);
        assertThat(failed.time()).isEqualTo(batch * 1000L);
        assertThat(failed.mismatch()).isEqualTo(mismatch);
    }

    @Test
    void zeroCountsKeptByAnInverseWindowAreTheExtraRecords() {
        Verdict.Failed failed = firstFailure(grade("windowed-count", "inverse-keeps-zeros.scala"), "basic");
        assertThat(failed.extra()).containsExactlyInAnyOrder("(hello,0)", "(spark,0)");
        assertThat(failed.missing()).isEmpty();
        assertThat(failed.message()).contains("Batch 6 (time 6000 ms)", "(hello,0)");
    }

    @Test
    void splittingThatKeepsEmptyWordsShowsTheEmptyWord() {
        Verdict.Failed scala = firstFailure(grade("windowed-count", "keeps-empty-words.scala"), "spaces");
        assertThat(scala.extra()).containsExactly("(,4)");
        Verdict.Failed python = firstFailure(grade("windowed-count", "keeps-empty-words.py"), "spaces");
        assertThat(python.extra()).containsExactly("('', 4)");
    }

    @Test
    void pythonSplitWithoutArgumentsCutsAtTabs() {
        Verdict.Failed failed = firstFailure(grade("windowed-count", "split-on-whitespace.py"), "spaces");
        assertThat(failed.missing()).containsExactly("('a\\ttab', 1)");
        assertThat(failed.extra()).containsExactlyInAnyOrder("('a', 1)", "('tab', 1)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-state-removal.scala", "no-state-removal.py"})
    void stateThatIsNeverRemovedFailsAtTheFirstBatchWithoutTheWord(String file) {
        Verdict.Failed failed = firstFailure(grade("streaks", file), "basic");
        assertThat(failed.batch()).isEqualTo(2);
        assertThat(failed.extra()).hasSize(1).allMatch(r -> r.contains("blue"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hard-coded.scala", "hard-coded.py"})
    void hardCodedOutputPassesItsVisibleStreamButFailsEveryGeneratedOne(String file) {
        GradeResult result = grade("windowed-count", file);
        TestResult basic = result.tests().stream().filter(t -> t.name().equals("basic")).findFirst().orElseThrow();
        assertThat(basic.passed()).isTrue();
        assertThat(result.tests()).filteredOn(t -> t.kind() == TestResult.Kind.GENERATED).hasSize(2)
                .noneMatch(TestResult::passed)
                .allMatch(t -> t.summary().contains("must compute its output from its input"));
        assertThat(result.allPassed()).isFalse();
    }

    @Test
    void aRuntimeErrorIsReportedAtTheStudentsLineInTheirLanguage() {
        GradedExercise exercise = TestExercises.load("windowed-count", Dialect.SCALA);
        GradeResult result = GRADER.grade(exercise,
                TestExercises.submission("windowed-count/scala/runtime-error.scala"), Locale.FRENCH, 1);
        assertThat(result.verdict()).isEqualTo("error");
        Verdict.Errored error = (Verdict.Errored) ((TestResult.Shown) result.firstFailure().orElseThrow()).verdict();
        assertThat(error.line()).isEqualTo(8);
        assertThat(error.message()).startsWith("runtime-error.scala:8:").contains("/ by zero")
                .contains("val pairs = words.map(w => (w, 10 / (w.length - 5)))");
    }

    @Test
    void anEndlessLoopIsOverBudgetAndNamesItsLine() {
        GradeResult result = grade("windowed-count", "endless-loop.scala");
        assertThat(result.verdict()).isEqualTo("over-budget");
        assertThat(result.detail()).contains("endless-loop.scala:9:", "2,000,000 steps");
    }

    @Test
    void scoreIsPassedTestsOverAllTestsGeneratedOnesIncluded() {
        GradeResult result = grade("windowed-count", "keeps-empty-words.scala");
        assertThat(result.total()).isEqualTo(6);
        assertThat(result.passed()).isEqualTo(4);
        assertThat(result.score()).isEqualTo(4 / 6.0);
    }

    private static Verdict.Failed firstFailure(GradeResult result, String test) {
        TestResult first = result.firstFailure().orElseThrow();
        assertThat(first.name()).isEqualTo(test);
        return (Verdict.Failed) ((TestResult.Shown) first).verdict();
    }
}
