package dev.streamlab.engine.source;

import java.util.List;

/**
 * What happens during one batch interval: the records that arrive, in file order, the files dropped into the
 * watched folder, and whether the driver is killed once the batch is done. Batch numbers start at 1.
 */
public record StreamBatch(int number, List<StreamRecord> records, List<DroppedFile> files, Restart restart) {

    public StreamBatch {
        records = List.copyOf(records);
        files = List.copyOf(files);
    }

    public StreamBatch(int number, List<StreamRecord> records) {
        this(number, records, List.of(), null);
    }

    /** No record and no file: the batch's sources receive nothing. */
    public boolean isEmpty() {
        return records.isEmpty() && files.isEmpty();
    }

    /** Whether a {@code --- restart} line ended this batch. */
    public boolean restarts() {
        return restart != null;
    }

    /**
     * A {@code --- restart [N]} line: after this batch the driver is killed and the program runs again from the
     * top, {@code downtime} batch intervals later.
     */
    public record Restart(int downtime, int line) {
    }
}
