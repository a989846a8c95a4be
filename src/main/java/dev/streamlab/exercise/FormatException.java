package dev.streamlab.exercise;

/** A file of an exercise that cannot be read as the format says; carries the {@link Problem} to report. */
public final class FormatException extends RuntimeException {

    private final transient Problem problem;

    public FormatException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public FormatException(String file, int line, String what, String todo) {
        this(new Problem(file, line, what, todo));
    }

    public Problem problem() {
        return problem;
    }
}
