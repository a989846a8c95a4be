package dev.streamlab.engine;

import dev.streamlab.engine.dstream.SocketInputDStream;
import dev.streamlab.engine.hash.JvmKeyHashing;
import dev.streamlab.engine.rdd.RddContext;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.engine.source.StreamReplay;

import java.util.List;

/** A context on a manual clock at 0 with Spark's JVM hashing and {@code local[2]}, printing into a buffer. */
final class EngineHarness implements OutputSink {

    final StringBuilder out = new StringBuilder();
    final StringBuilder err = new StringBuilder();
    final ManualClock clock = new ManualClock();
    final StreamingContext ssc;

    EngineHarness(Duration batch) {
        this(batch, 2);
    }

    EngineHarness(Duration batch, int parallelism) {
        ssc = new StreamingContext(batch, clock, new RddContext(parallelism, new JvmKeyHashing()), this);
    }

    @Override
    public void out(String line) {
        out.append(line).append('\n');
    }

    @Override
    public void err(String line) {
        err.append(line).append('\n');
    }

    SocketInputDStream socket() {
        return ssc.socketTextStream("localhost", 9999);
    }

    /** Starts the context and replays the stream text for {@code batches} batches (null: the default). */
    List<BatchReport> replay(String streamText, Integer batches) {
        ssc.start();
        return new StreamReplay(ssc, StreamFile.parse(streamText, "test.stream"), batches).run();
    }

    /** Runs one batch per element, each element being the lines of that batch. */
    List<BatchReport> batches(List<List<String>> input, SocketInputDStream socket) {
        ssc.start();
        return input.stream().map(lines -> {
            lines.forEach(socket::offer);
            return ssc.advance();
        }).toList();
    }
}
