package dev.streamlab.engine.source;

import java.util.List;

/** The records that arrive during one batch interval, in file order; batch numbers start at 1. */
public record StreamBatch(int number, List<StreamRecord> records) {

    public StreamBatch {
        records = List.copyOf(records);
    }

    public boolean isEmpty() {
        return records.isEmpty();
    }
}
