package dev.streamlab.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One pipeline over one stream file, as {@code conformance/runs.txt} lists them ({@code NAME[@BATCH_MS] STREAM…}),
 * and its golden file {@code conformance/expected/NAME__STREAM.out}.
 */
record ConformanceRun(String pipeline, long batchMs, String stream) {

    static List<ConformanceRun> readAll(Path runsFile) throws IOException {
        List<ConformanceRun> runs = new ArrayList<>();
        for (String raw : Files.readAllLines(runsFile, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            String[] nameAndBatch = fields[0].split("@");
            long batchMs = nameAndBatch.length > 1 ? Long.parseLong(nameAndBatch[1]) : 1000;
            for (int f = 1; f < fields.length; f++) {
                runs.add(new ConformanceRun(nameAndBatch[0], batchMs, fields[f]));
            }
        }
        return runs;
    }

    String goldenName() {
        return pipeline + "__" + stream + ".out";
    }

    @Override
    public String toString() {
        return pipeline + " on " + stream + ".stream";
    }
}
