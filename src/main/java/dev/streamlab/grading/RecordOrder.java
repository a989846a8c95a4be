package dev.streamlab.grading;

/** How one batch's records of an output compare: as a multiset (Spark's order is the partitioner's), or in order. */
public enum RecordOrder {
    MULTISET,
    ORDERED
}
