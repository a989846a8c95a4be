package dev.streamlab.conformance;

import dev.streamlab.engine.BatchReport;
import dev.streamlab.engine.Duration;
import dev.streamlab.engine.ManualClock;
import dev.streamlab.engine.OutputSink;
import dev.streamlab.engine.StreamingContext;
import dev.streamlab.engine.dstream.SocketInputDStream;
import dev.streamlab.engine.rdd.RddContext;
import dev.streamlab.engine.source.StreamBatch;
import dev.streamlab.engine.source.StreamFile;
import dev.streamlab.engine.source.StreamRecord;
import dev.streamlab.lang.scala.JvmKeyHashing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one conformance pipeline on StreamLab's engine as the Spark runner runs its twin: {@code local[2]} (two
 * reduce partitions, JVM key order), a manual clock advanced one batch at a time, sockets on ports 9999 and 9998
 * fed the stream file's records batch by batch, and each batch's stdout kept apart.
 */
final class EngineRun {

    static final int[] PORTS = {9999, 9998};

    private EngineRun() {
    }

    /** Runs {@code batches} batches, or fewer if one fails; the result's error is that batch's root cause. */
    static GoldenFile run(EnginePipeline pipeline, long batchMs, StreamFile input, int batches) {
        BatchCapture capture = new BatchCapture();
        StreamingContext ssc = new StreamingContext(Duration.milliseconds(batchMs), new ManualClock(),
                new RddContext(2, new JvmKeyHashing()), capture);
        List<SocketInputDStream> sockets = new ArrayList<>();
        for (int s = 0; s < pipeline.sources(); s++) {
            sockets.add(ssc.socketTextStream("localhost", PORTS[s]));
        }
        if (pipeline.stateful()) {
            ssc.checkpoint("checkpoint");
        }
        pipeline.build().accept(new EngineInputs(ssc, sockets, new ScalaPrintFormat()));
        ssc.start();
        List<String> outputs = new ArrayList<>();
        String error = null;
        for (int b = 0; b < batches && error == null; b++) {
            if (b < input.batches().size()) {
                feed(input.batches().get(b), sockets);
            }
            BatchReport report = ssc.advance();
            outputs.add(capture.take());
            if (report.error() != null) {
                error = rootCause(report.error());
            }
        }
        return new GoldenFile(List.copyOf(outputs), error);
    }

    private static void feed(StreamBatch batch, List<SocketInputDStream> sockets) {
        for (StreamRecord record : batch.records()) {
            sockets.stream()
                    .filter(s -> record.source().isDefault() ? s == sockets.get(0) : record.source().names(s.host(), s.port()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("line " + record.line() + ": no source "
                            + record.source().describe()))
                    .offer(record.text());
        }
    }

    /** As the Spark runner reports a failed job: the innermost cause, {@code class: message}. */
    private static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getName() : root.getClass().getName() + ": " + root.getMessage();
    }

    /** The driver's stdout of the current batch, encoded as a UTF-8 terminal receives it (a lone surrogate → '?'). */
    private static final class BatchCapture implements OutputSink {

        private final StringBuilder batch = new StringBuilder();

        @Override
        public synchronized void out(String line) {
            batch.append(new String((line + "\n").getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }

        @Override
        public void err(String line) {
        }

        synchronized String take() {
            String text = batch.toString();
            batch.setLength(0);
            return text;
        }
    }
}
