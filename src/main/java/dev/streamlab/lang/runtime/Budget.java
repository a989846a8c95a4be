package dev.streamlab.lang.runtime;

/**
 * The sandbox's limits for one run: steps per batch (charged per call and per loop iteration), call depth, output
 * bytes, and (the same for all runs) the size of any one string or collection. Exceeding one throws a
 * {@link LangException} naming the function and line, which student code cannot catch. The Spark binding calls
 * {@link #startBatch} before each batch; top-level code runs as batch 0.
 */
public final class Budget {

    public static final long DEFAULT_STEPS = 10_000_000L;
    public static final int DEFAULT_DEPTH = 1_000;
    public static final int MAX_SIZE = 10_000_000;
    public static final long DEFAULT_OUTPUT_BYTES = 10_000_000L;

    private final long stepsPerBatch;
    private final int maxDepth;
    private final long maxOutputBytes;
    private long stepsLeft;
    private int depth;
    private int batch;
    private long outputBytes;
    private volatile boolean stopped;

    public Budget(long stepsPerBatch, int maxDepth, long maxOutputBytes) {
        this.stepsPerBatch = stepsPerBatch;
        this.maxDepth = maxDepth;
        this.maxOutputBytes = maxOutputBytes;
        this.stepsLeft = stepsPerBatch;
    }

    public static Budget defaults() {
        return new Budget(DEFAULT_STEPS, DEFAULT_DEPTH, DEFAULT_OUTPUT_BYTES);
    }

    /** Gives a fresh step allowance for batch {@code number} (1-based; 0 is the program's setup code). */
    public void startBatch(int number) {
        batch = number;
        stepsLeft = stepsPerBatch;
    }

    public int batch() {
        return batch;
    }

    /**
     * Asks the running program to stop (a lab user pressed stop, a session closed): from any thread; the program
     * ends with a LangException at its next call or loop iteration.
     */
    public void stop() {
        stopped = true;
    }

    /** One loop iteration of code at {@code site}. */
    public void step(CodeSite site) {
        if (--stepsLeft < 0) {
            throw tooManySteps(site);
        }
        if (stopped) {
            throw new LangException("lang.budget.stopped", site.position());
        }
    }

    /** Entering a call of code at {@code site}: one step and one level of depth; pair with {@link #exit()}. */
    public void enter(CodeSite site) {
        if (--stepsLeft < 0) {
            throw tooManySteps(site);
        }
        if (stopped) {
            throw new LangException("lang.budget.stopped", site.position());
        }
        if (++depth > maxDepth) {
            depth = 0;
            throw new LangException("lang.budget.depth", site.position(), site.functionName(), maxDepth);
        }
    }

    public void exit() {
        if (depth > 0) {
            depth--;
        }
    }

    /** Resets the call depth after an uncaught error unwound the stack. */
    public void resetDepth() {
        depth = 0;
    }

    public LangException recursionTooDeep(CodeSite site) {
        depth = 0;
        return new LangException("lang.budget.depth", site.position(), site.functionName(), maxDepth);
    }

    /**
     * Checks the size of a string or collection about to be built. The limit is the same for every run, so library
     * code can check without knowing which run it serves.
     */
    public static void checkSize(long size) {
        if (size > MAX_SIZE) {
            throw new LangException("lang.budget.size", null, size, MAX_SIZE);
        }
    }

    /** Counts bytes about to be printed. */
    public void chargeOutput(long bytes) {
        outputBytes += bytes;
        if (outputBytes > maxOutputBytes) {
            throw new LangException("lang.budget.output", null, maxOutputBytes);
        }
    }

    private LangException tooManySteps(CodeSite site) {
        stepsLeft = 0;
        if (batch == 0) {
            return new LangException("lang.budget.stepsSetup", site.position(), site.functionName(),
                    site.position().line(), stepsPerBatch);
        }
        return new LangException("lang.budget.steps", site.position(), site.functionName(), site.position().line(),
                stepsPerBatch, batch);
    }
}
