package dev.streamlab.engine;

/** Told about every batch of a context, after its jobs ran. */
@FunctionalInterface
public interface BatchListener {

    void onBatch(BatchReport report);
}
