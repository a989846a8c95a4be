package dev.streamlab.engine.source;

import java.util.Objects;

/** One line of input as a source receives it, with the stream-file line it came from. */
public record StreamRecord(String text, SourceRef source, int line) {

    public StreamRecord {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}
