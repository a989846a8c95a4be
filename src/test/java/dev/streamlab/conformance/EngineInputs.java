package dev.streamlab.conformance;

import dev.streamlab.engine.PrintFormat;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.dstream.DStream;

import java.nio.file.Path;
import java.util.List;

/**
 * The socket sources of one engine run, how its print() renders elements, and the folder its textFileStream watches
 * (null unless the pipeline watches one).
 */
record EngineInputs(StreamingContext ssc, List<? extends DStream<String>> streams, PrintFormat format, Path folder) {

    DStream<String> lines() {
        return streams.get(0);
    }

    DStream<String> other() {
        return streams.get(1);
    }

    /** {@code ssc.textFileStream(folder)}. */
    DStream<String> textFileStream() {
        return ssc.textFileStream(folder, folder.toString());
    }

    /** Scala's {@code print()}: ten elements. */
    void print(DStream<?> stream) {
        stream.print(10, format);
    }
}
