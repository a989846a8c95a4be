package dev.streamlab.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What real Spark printed for one pipeline × stream, batch by batch, as the Spark runner writes it: a line
 * {@code ### batch N @ T ms} before each batch's output and, after a batch that failed, {@code ### error CAUSE}.
 *
 * @param batches each batch's stdout, byte for byte
 * @param error   the root cause of the failed batch (the last one), or null
 */
record GoldenFile(List<String> batches, String error) {

    static final String BATCH_MARKER = "### batch ";
    static final String ERROR_MARKER = "### error ";

    static GoldenFile read(Path path) throws IOException {
        return parse(Files.readString(path, StandardCharsets.UTF_8));
    }

    static GoldenFile parse(String text) {
        List<String> batches = new ArrayList<>();
        StringBuilder current = null;
        String error = null;
        for (String line : text.split("(?<=\n)")) {
            if (line.startsWith(BATCH_MARKER)) {
                if (current != null) {
                    batches.add(current.toString());
                }
                current = new StringBuilder();
            } else if (line.startsWith(ERROR_MARKER)) {
                error = line.substring(ERROR_MARKER.length()).stripTrailing();
            } else if (current != null) {
                current.append(line);
            }
        }
        if (current != null) {
            batches.add(current.toString());
        }
        return new GoldenFile(List.copyOf(batches), error);
    }
}
