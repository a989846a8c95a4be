package dev.streamlab.grading;

import dev.streamlab.exercise.Course;
import dev.streamlab.exercise.Exercise;
import dev.streamlab.exercise.GradingOptions;
import dev.streamlab.lang.Dialect;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled course through the adapter: every reference passes its exercise, student programs get their verdicts. */
class CourseExercisesGradingTest {

    private static final Course COURSE = Course.bundled();
    private static final Grader GRADER = new Grader();

    /** Three seeds each, so the generated streams of every exercise are tried more than once. */
    @TestFactory
    List<DynamicTest> everyBundledReferencePassesItsExerciseInEachDialect() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Exercise exercise : COURSE.exercises()) {
            for (Dialect dialect : exercise.dialects()) {
                tests.add(DynamicTest.dynamicTest(exercise.id() + " " + dialect, () -> {
                    GradedExercise graded = GradedExercises.of(exercise, dialect, Locale.ENGLISH);
                    for (long seed = 1; seed <= 3; seed++) {
                        GradeResult result = GRADER.grade(graded, new Submission(exercise.solution(dialect),
                                dialect == Dialect.SCALA ? "Main.scala" : "main.py", dialect), Locale.ENGLISH, seed);
                        assertThat(result.allPassed()).as(result.detail()).isTrue();
                        assertThat(result.total()).isEqualTo(exercise.visibleTests().size() * 2
                                + exercise.hiddenTests().size());
                    }
                }));
            }
        }
        assertThat(tests).isNotEmpty();
        return tests;
    }

    @ParameterizedTest
    @CsvSource({"scala/count-by-value.scala", "python/count-by-value.py", "python/for-loop.py"})
    void wordCountsWrittenDifferentlyPass(String file) {
        GradeResult result = grade(file, Locale.ENGLISH);
        assertThat(result.allPassed()).as(result.detail()).isTrue();
    }

    @Test
    void aWordCountKeepingEmptyWordsFailsAtTheBatchWithRepeatedSpaces() {
        GradeResult result = grade("scala/keeps-empty-words.scala", Locale.ENGLISH);
        TestResult.Shown first = (TestResult.Shown) result.firstFailure().orElseThrow();
        assertThat(first.name()).isEqualTo("spaces-and-empty-batches");
        Verdict.Failed failed = (Verdict.Failed) first.verdict();
        assertThat(failed.batch()).isEqualTo(1);
        assertThat(failed.extra()).singleElement().asString().startsWith("(,");
    }

    @Test
    void aHiddenTestFailureShowsItsAuthorsHintInTheStudentsLanguage() {
        GradeResult result = grade("python/split-on-whitespace.py", Locale.FRENCH);
        TestResult unicode = result.tests().stream().filter(t -> t.name().equals("unicode")).findFirst().orElseThrow();
        assertThat(unicode).isInstanceOf(TestResult.Hidden.class);
        assertThat(unicode.passed()).isFalse();
        assertThat(unicode.summary()).startsWith("échoué (test caché). Indice : ");
        assertThat(((TestResult.Hidden) unicode).hint()).isEqualTo(COURSE.exercise("word-count").orElseThrow()
                .hiddenHint("unicode", Locale.FRENCH));
    }

    @Test
    void gradingOptionsOfTheFormatBecomeRules() {
        GradingRules rules = GradedExercises.rules(new GradingOptions(true, List.of(2), 0.01, 12));
        assertThat(rules).isEqualTo(new GradingRules(RecordOrder.ORDERED, GradedOutputs.positions(2), 0.01, 12));
    }

    private static GradeResult grade(String file, Locale locale) {
        Submission submission = TestExercises.submission("word-count/" + file);
        GradedExercise graded = GradedExercises.of(COURSE.exercise("word-count").orElseThrow(), submission.dialect(),
                locale);
        return GRADER.grade(graded, submission, locale, 99);
    }
}
