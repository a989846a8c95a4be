package dev.streamlab.engine;

import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.dstream.SocketInputDStream;
import dev.streamlab.engine.hash.JvmKeyHashing;
import dev.streamlab.engine.rdd.RddContext;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.engine.source.StreamReplay;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A context on a manual clock at 0 with Spark's JVM hashing and {@code local[2]}, printing into a buffer. */
public final class EngineHarness implements OutputSink {

    public final StringBuilder out = new StringBuilder();
    public final StringBuilder err = new StringBuilder();
    public final ManualClock clock = new ManualClock();
    public final StreamingContext ssc;

    public EngineHarness(Duration batch) {
        this(batch, 2);
    }

    public EngineHarness(Duration batch, int parallelism) {
        ssc = new StreamingContext(batch, clock, new RddContext(parallelism, new JvmKeyHashing()), this);
    }

    /**
     * A file of the project's shared folder ({@code shared/examples/…}), found from the working directory upwards:
     * the main checkout sits next to {@code shared}, worktrees one level deeper.
     */
    public static Path sharedFile(String first, String... more) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(Path.of(first, more));
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/" + first + " above " + Path.of("").toAbsolutePath());
    }

    @Override
    public void out(String line) {
        out.append(line).append('\n');
    }

    @Override
    public void err(String line) {
        err.append(line).append('\n');
    }

    public SocketInputDStream socket() {
        return ssc.socketTextStream("localhost", 9999);
    }

    /** Every batch the stream produced, collected in full, by batch time in milliseconds. */
    public <T> Map<Long, List<T>> collect(DStream<T> stream) {
        Map<Long, List<T>> batches = new LinkedHashMap<>();
        stream.foreachRdd((rdd, time) -> batches.put(time.milliseconds(), rdd.collect()));
        return batches;
    }

    /** Starts the context and replays the stream text for {@code batches} batches (null: the default). */
    public List<BatchReport> replay(String streamText, Integer batches) {
        ssc.start();
        return new StreamReplay(ssc, StreamFile.parse(streamText, "test.stream"), batches).run();
    }

    /** Runs one batch per element, each element being the lines of that batch. */
    public List<BatchReport> batches(List<List<String>> input, SocketInputDStream socket) {
        ssc.start();
        return input.stream().map(lines -> {
            lines.forEach(socket::offer);
            return ssc.advance();
        }).toList();
    }

    /**
     * Starts the context and runs one batch per argument; each argument is that batch's lines separated by spaces
     * (so {@code "a b"} is two lines and {@code ""} an empty batch).
     */
    public List<BatchReport> run(SocketInputDStream socket, String... batches) {
        List<List<String>> input = new ArrayList<>();
        for (String batch : batches) {
            input.add(batch.isEmpty() ? List.of() : Arrays.asList(batch.split(" ")));
        }
        return batches(input, socket);
    }
}
