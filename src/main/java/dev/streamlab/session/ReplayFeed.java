package dev.streamlab.session;

import dev.streamlab.engine.source.StreamBatch;
import dev.streamlab.engine.source.StreamFile;

/**
 * A stream file played into a live program, like seed 001's {@code tcp_server.py}: one of its batches every
 * {@code pace} batches of the program, so the file's batch boundaries stay batch boundaries.
 */
final class ReplayFeed {

    private final StreamFile file;
    private final int pace;
    private int fed;
    private int ticks;

    ReplayFeed(StreamFile file, int pace) {
        this.file = file;
        this.pace = pace;
    }

    /** Called once per program batch (and once at the start): whether the next file batch is due now. */
    boolean due() {
        return !done() && ticks++ % pace == 0;
    }

    StreamBatch next() {
        return file.batches().get(fed++);
    }

    boolean done() {
        return fed >= file.batches().size();
    }

    int fed() {
        return fed;
    }

    int total() {
        return file.batches().size();
    }

    String name() {
        return file.fileName();
    }
}
