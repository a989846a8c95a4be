package dev.streamlab.lang.runtime;

/**
 * The host ends the program's main code where it stands, as when its driver process is killed: no handler catches
 * it and no {@code finally} block runs. The host decides what happens next (a restart runs the program again).
 */
public final class ProgramHalt extends RuntimeException {

    public ProgramHalt() {
        super(null, null, false, false);
    }
}
