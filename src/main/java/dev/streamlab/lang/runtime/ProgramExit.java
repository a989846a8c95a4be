package dev.streamlab.lang.runtime;

/**
 * Signal of Scala {@code System.exit(n)} and Python {@code sys.exit(n)}: ends the program (never the JVM) with a
 * status. Not catchable by student code, like {@link LangException}.
 */
public final class ProgramExit extends RuntimeException {

    private final int status;

    public ProgramExit(int status) {
        super(null, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
