package dev.streamlab.engine;

/**
 * A function each task runs its own copy of, as Spark deserializes a closure afresh for every task: what one
 * partition's run changes in the function's captured variables is not seen by another partition, nor by the driver.
 */
public interface PerTask {

    /** A copy for one task. */
    Object copyForTask();

    /** The function a task should run: its own copy when it is {@link PerTask}, else the function itself. */
    @SuppressWarnings("unchecked")
    static <F> F own(F function) {
        return function instanceof PerTask perTask ? (F) perTask.copyForTask() : function;
    }
}
