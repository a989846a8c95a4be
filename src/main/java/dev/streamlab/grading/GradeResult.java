package dev.streamlab.grading;

import dev.streamlab.lang.Dialect;

import java.util.List;
import java.util.Optional;

/**
 * The grade of one submission: either a rejection (nothing was compared) or one result per test (visible, hidden,
 * then generated), with the seed the generated streams came from so that the grading can be reproduced exactly.
 * Holds no hidden input or expected output (see {@link TestResult.Hidden}).
 */
public record GradeResult(String exerciseId, Dialect dialect, long seed, Rejection rejection,
                          List<TestResult> tests) {

    public GradeResult {
        tests = List.copyOf(tests);
    }

    public Optional<Rejection> rejected() {
        return Optional.ofNullable(rejection);
    }

    public int passed() {
        return (int) tests.stream().filter(TestResult::passed).count();
    }

    /** Every test counts, generated ones included; a rejected submission scored none of them. */
    public int total() {
        return tests.size();
    }

    /** Passed tests over all tests, from 0 to 1; 0 for a rejected submission. */
    public double score() {
        return tests.isEmpty() ? 0 : (double) passed() / tests.size();
    }

    public boolean allPassed() {
        return rejection == null && !tests.isEmpty() && passed() == tests.size();
    }

    /** A program that does not parse is not an attempt; anything else is. */
    public boolean countsAsAttempt() {
        return rejection == null || rejection.countsAsAttempt();
    }

    public Optional<TestResult> firstFailure() {
        return tests.stream().filter(t -> !t.passed()).findFirst();
    }

    /**
     * {@code passed}, {@code rejected}, or the kind of the first failing test: {@code failed}, {@code error} or
     * {@code over-budget} (a hidden test only ever says {@code failed}).
     */
    public String verdict() {
        if (rejection != null) {
            return "rejected";
        }
        return firstFailure().map(GradeResult::kindOf).orElse("passed");
    }

    /** The first failure in one line, or the rejection; empty when everything passed. */
    public String detail() {
        if (rejection != null) {
            return OneLine.of(rejection.message());
        }
        return firstFailure().map(t -> t.name() + ": " + t.summary()).orElse("");
    }

    private static String kindOf(TestResult test) {
        return test instanceof TestResult.Shown shown ? shown.verdict().kind() : "failed";
    }
}
