package dev.streamlab.grading;

import dev.streamlab.engine.source.DroppedFile;
import dev.streamlab.engine.source.SourceRef;
import dev.streamlab.engine.source.StreamBatch;
import dev.streamlab.engine.source.StreamRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes batches back as stream-file text (spec {@code stream-format.md}): each batch's records for the default
 * source first, then one {@code --- source} group per other source, then its dropped files, every batch closed by
 * {@code ---} or by its {@code --- restart} line.
 */
final class StreamFileText {

    private StreamFileText() {
    }

    static String write(List<StreamBatch> batches) {
        StringBuilder text = new StringBuilder();
        for (StreamBatch batch : batches) {
            Map<SourceRef, List<StreamRecord>> bySource = new LinkedHashMap<>();
            bySource.put(SourceRef.DEFAULT, new ArrayList<>());
            for (StreamRecord record : batch.records()) {
                bySource.computeIfAbsent(record.source(), s -> new ArrayList<>()).add(record);
            }
            bySource.forEach((source, records) -> {
                if (!source.isDefault()) {
                    text.append("--- source ").append(source).append('\n');
                }
                for (StreamRecord record : records) {
                    text.append(escape(record.text())).append('\n');
                }
            });
            for (DroppedFile file : batch.files()) {
                text.append("--- file ").append(file.name()).append('\n');
                for (String line : file.lines()) {
                    text.append(escape(line)).append('\n');
                }
            }
            text.append(end(batch.restart())).append('\n');
        }
        return text.toString();
    }

    private static String end(StreamBatch.Restart restart) {
        if (restart == null) {
            return "---";
        }
        return restart.downtime() == 0 ? "--- restart" : "--- restart " + restart.downtime();
    }

    private static String escape(String record) {
        return record.startsWith("\\") || record.startsWith("---") ? "\\" + record : record;
    }
}
