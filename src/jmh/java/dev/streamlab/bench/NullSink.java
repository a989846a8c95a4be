package dev.streamlab.bench;

import dev.streamlab.engine.OutputSink;

/** A console that keeps nothing, so that benchmarks measure the engine, not the terminal. */
final class NullSink implements OutputSink {

    @Override
    public void out(String line) {
    }

    @Override
    public void err(String line) {
    }
}
