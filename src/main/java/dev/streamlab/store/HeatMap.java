package dev.streamlab.store;

import java.util.List;

/**
 * Where one exercise's failing attempts fail first: a row per test, a column per batch (and one for errors with no
 * batch), each cell the number of attempts whose first failure is there.
 */
public record HeatMap(String exerciseId, List<Integer> batches, List<Row> rows, int max) {

    public record Row(String test, boolean hidden, List<Integer> counts, int withoutBatch, Pitfall pitfall) {

        /** The cell's share of the map's largest count, from 0 to 1, for its colour. */
        public double heat(int count, int max) {
            return max == 0 ? 0 : (double) count / max;
        }
    }
}
