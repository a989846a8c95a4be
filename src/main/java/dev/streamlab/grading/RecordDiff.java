package dev.streamlab.grading;

import java.util.List;

/**
 * How one batch of an output differs from the reference's: the expected records the submission lacks and the records
 * it has beyond them (as multisets), or, with both empty, the same records in another order.
 */
record RecordDiff(List<String> missing, List<String> extra) {

    RecordDiff {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
    }

    boolean orderOnly() {
        return missing.isEmpty() && extra.isEmpty();
    }
}
