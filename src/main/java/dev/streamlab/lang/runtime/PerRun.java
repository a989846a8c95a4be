package dev.streamlab.lang.runtime;

/**
 * A registered name whose value belongs to one run (Python {@code sys.argv}, a scaffold's {@code ssc}): resolved
 * when the run starts instead of being shared by all runs.
 */
@FunctionalInterface
public interface PerRun {

    Object resolve(RunContext context);
}
