package dev.streamlab.grading;

import dev.streamlab.exercise.Course;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Student programs for the course's own exercises ({@code grading/submissions/<exercise>/}): the ways of writing
 * them right pass, the streaming mistakes the course teaches fail at the batch where they first show.
 */
class CourseSubmissionsTest {

    private static final Course COURSE = Course.bundled();
    private static final Grader GRADER = new Grader();

    static GradeResult grade(String exercise, String file) {
        Submission submission = TestExercises.submission(exercise + "/" + file);
        GradedExercise graded = GradedExercises.of(COURSE.exercise(exercise).orElseThrow(), submission.dialect(),
                Locale.ENGLISH);
        return GRADER.grade(graded, submission, Locale.ENGLISH, 2026);
    }

    @ParameterizedTest
    @CsvSource({
            "windowed-word-count, scala/window-then-reduce.scala",
            "windowed-word-count, scala/count-by-value-and-window.scala",
            "windowed-word-count, scala/without-inverse.scala",
            "windowed-word-count, python/window-then-reduce.py",
            "windowed-word-count, python/for-loop.py"})
    void correctProgramsWrittenDifferentlyPass(String exercise, String file) {
        GradeResult result = grade(exercise, file);
        assertThat(result.allPassed()).as(result.detail()).isTrue();
    }

    @ParameterizedTest(name = "{1} fails {2} at batch {3}: {4}")
    @CsvSource({
            "windowed-word-count, scala/no-window.scala,           basic, 2, RECORDS",
            "windowed-word-count, python/no-window.py,             basic, 2, RECORDS",
            "windowed-word-count, scala/wrong-slide.scala,         basic, 1, MISSING_OUTPUT",
            "windowed-word-count, python/wrong-slide.py,           basic, 1, MISSING_OUTPUT",
            "windowed-word-count, scala/inverse-keeps-zeros.scala, basic, 3, RECORDS",
            "windowed-word-count, scala/keeps-empty-words.scala,   basic, 3, RECORDS",
            "windowed-word-count, python/keeps-empty-words.py,     basic, 3, RECORDS",
            "forget-idle-words,   scala/no-state-removal.scala,    basic, 4, RECORDS",
            "forget-idle-words,   python/no-state-removal.py,      basic, 4, RECORDS"})
    void streamingMistakesFailAtTheirBatch(String exercise, String file, String test, int batch,
                                           Verdict.Mismatch mismatch) {
        GradeResult result = grade(exercise, file);
        TestResult.Shown first = (TestResult.Shown) result.firstFailure().orElseThrow();
        assertThat(first.name()).isEqualTo(test);
        Verdict.Failed failed = (Verdict.Failed) first.verdict();
        assertThat(failed.batch()).as(failed.message()).isEqualTo(batch);
        assertThat(failed.mismatch()).isEqualTo(mismatch);
    }

    @ParameterizedTest
    @CsvSource({"windowed-word-count, scala/hard-coded.scala"})
    void hardCodedOutputFailsOnTheGeneratedStreams(String exercise, String file) {
        GradeResult result = grade(exercise, file);
        assertThat(result.tests()).filteredOn(t -> t.name().equals("basic")).singleElement()
                .matches(TestResult::passed);
        assertThat(result.tests()).filteredOn(t -> t.kind() == TestResult.Kind.GENERATED)
                .isNotEmpty().noneMatch(TestResult::passed);
    }
}
