package dev.streamlab.grading;

import dev.streamlab.lang.Dialect;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A hidden test's result cannot carry its input, expected output or the submission's output, whatever fails. */
class HiddenTestResultsTest {

    private static final Grader GRADER = new Grader();

    @Test
    void aFailedHiddenTestSaysOnlyThatItFailedAndItsHint() {
        GradedExercise exercise = TestExercises.load("windowed-count", Dialect.SCALA);
        GradeResult result = GRADER.grade(exercise, TestExercises.submission("windowed-count/scala/no-window.scala"),
                Locale.ENGLISH, 5);
        assertThat(result.tests()).filteredOn(t -> t.kind() == TestResult.Kind.HIDDEN).hasSize(2)
                .allSatisfy(hidden -> {
                    assertThat(hidden).isInstanceOf(TestResult.Hidden.class);
                    assertThat(hidden.passed()).isFalse();
                    assertThat(hidden.summary())
                            .isEqualTo("failed (hidden test). Hint: Hint for " + hidden.name() + ".");
                    assertThat(hidden.summary()).doesNotContain("Привет", "你好", "café", "(a,");
                });
    }

    @Test
    void aHiddenTestsErrorIsNotShownEither() {
        GradedExercise exercise = TestExercises.load("windowed-count", Dialect.SCALA);
        GradeResult result = GRADER.grade(exercise,
                TestExercises.submission("windowed-count/scala/runtime-error.scala"), Locale.ENGLISH, 5);
        assertThat(result.tests()).filteredOn(t -> t.kind() == TestResult.Kind.HIDDEN)
                .allSatisfy(hidden -> assertThat(hidden.summary()).doesNotContain("by zero", "line"));
    }

    @Test
    void theHiddenResultTypeHasNoPlaceForOutputs() {
        assertThat(Arrays.stream(TestResult.Hidden.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("name", "passed", "hint", "summary");
    }
}
