package dev.streamlab.conformance;

import dev.streamlab.engine.PrintFormat;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.dstream.DStream;

import java.util.List;

/** The socket sources of one engine run, and how its print() renders elements. */
record EngineInputs(StreamingContext ssc, List<? extends DStream<String>> streams, PrintFormat format) {

    DStream<String> lines() {
        return streams.get(0);
    }

    DStream<String> other() {
        return streams.get(1);
    }

    /** Scala's {@code print()}: ten elements. */
    void print(DStream<?> stream) {
        stream.print(10, format);
    }
}
