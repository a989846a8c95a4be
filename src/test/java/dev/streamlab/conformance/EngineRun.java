package dev.streamlab.conformance;

import dev.streamlab.engine.BatchReport;
import dev.streamlab.engine.Duration;
import dev.streamlab.engine.ManualClock;
import dev.streamlab.engine.OutputSink;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.dstream.SocketInputDStream;
import dev.streamlab.engine.hash.JvmKeyHashing;
import dev.streamlab.engine.rdd.RddContext;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.engine.source.StreamReplay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One conformance pipeline on StreamLab's engine, set up as the Spark runner sets up its twin: {@code local[2]}
 * (two reduce partitions, JVM key order), a manual clock advanced one batch at a time, sockets on ports 9999 and
 * 9998 fed by the engine's own stream replay, and each batch's stdout kept apart.
 */
final class EngineRun {

    private static final int[] PORTS = {9999, 9998};

    private final StreamingContext ssc;
    private final Path folder;
    private final List<SocketInputDStream> sockets = new ArrayList<>();
    private final BatchCapture capture = new BatchCapture();

    EngineRun(EnginePipeline pipeline, long batchMs) {
        ssc = new StreamingContext(Duration.milliseconds(batchMs), new ManualClock(),
                new RddContext(2, new JvmKeyHashing()), capture);
        for (int s = 0; s < pipeline.sources(); s++) {
            sockets.add(ssc.socketTextStream("localhost", PORTS[s]));
        }
        if (pipeline.stateful()) {
            ssc.checkpoint("checkpoint");
        }
        folder = pipeline.watchesFolder() ? temporaryFolder() : null;
        pipeline.build().accept(new EngineInputs(ssc, sockets, new ScalaPrintFormat(), folder));
        ssc.start();
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("streamlab-conformance-files-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteFolder() {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replays the stream file for {@code batches} batches, or fewer if one fails (the result's error is its cause). */
    static GoldenFile run(EnginePipeline pipeline, long batchMs, StreamFile input, int batches) {
        EngineRun run = new EngineRun(pipeline, batchMs);
        try {
            List<String> outputs = new ArrayList<>();
            run.ssc.addListener(report -> outputs.add(run.capture.take()));
            List<BatchReport> reports = new StreamReplay(run.ssc, input, batches).run();
            Throwable error = reports.get(reports.size() - 1).error();
            return new GoldenFile(List.copyOf(outputs), error == null ? null : rootCause(error));
        } finally {
            run.deleteFolder();
        }
    }

    /** Types these lines into the first source and runs the batch; the nanoseconds the batch took. */
    long timeBatch(List<String> lines) {
        for (String line : lines) {
            sockets.get(0).offer(line);
        }
        long started = System.nanoTime();
        ssc.advance();
        long elapsed = System.nanoTime() - started;
        capture.take();
        return elapsed;
    }

    /** As the Spark runner reports a failed job: the innermost cause, {@code class: message}. */
    private static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String name = root.getClass().getName();
        return root.getMessage() == null ? name : name + ": " + root.getMessage();
    }

    /** The driver's stdout of the current batch, as a UTF-8 terminal receives it (a lone surrogate becomes '?'). */
    private static final class BatchCapture implements OutputSink {

        private final StringBuilder batch = new StringBuilder();

        @Override
        public synchronized void out(String line) {
            batch.append(new String((line + "\n").getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }

        @Override
        public void err(String line) {
            // stderr carries Spark's log on the other side, which the comparison leaves out as well
        }

        synchronized String take() {
            String text = batch.toString();
            batch.setLength(0);
            return text;
        }
    }
}
