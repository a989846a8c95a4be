package dev.streamlab.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares one batch's printed records with the reference's, as multisets or in order. Records are equal when their
 * printed forms are; with a tolerance, the numbers in them may differ by up to it while the text around the numbers
 * must be the same ({@code (a,0.30000000000000004)} matches {@code (a,0.3)} within 1e-9).
 */
final class RecordComparator {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

    private final RecordOrder order;
    private final double tolerance;

    RecordComparator(RecordOrder order, double tolerance) {
        this.order = order;
        this.tolerance = tolerance;
    }

    /** Empty when {@code got} matches {@code expected}. */
    Optional<RecordDiff> compare(List<String> expected, List<String> got) {
        if (order == RecordOrder.ORDERED && inOrder(expected, got)) {
            return Optional.empty();
        }
        RecordDiff diff = tolerance == 0 ? exactDifference(expected, got) : approximateDifference(expected, got);
        if (diff.orderOnly() && order == RecordOrder.MULTISET) {
            return Optional.empty();
        }
        return Optional.of(diff);
    }

    private boolean inOrder(List<String> expected, List<String> got) {
        if (expected.size() != got.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!matches(expected.get(i), got.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static RecordDiff exactDifference(List<String> expected, List<String> got) {
        Map<String, Integer> unmatched = new HashMap<>();
        for (String record : got) {
            unmatched.merge(record, 1, Integer::sum);
        }
        List<String> missing = new ArrayList<>();
        for (String record : expected) {
            Integer left = unmatched.get(record);
            if (left == null) {
                missing.add(record);
            } else if (left == 1) {
                unmatched.remove(record);
            } else {
                unmatched.put(record, left - 1);
            }
        }
        List<String> extra = new ArrayList<>();
        for (String record : got) {
            Integer left = unmatched.get(record);
            if (left != null) {
                extra.add(record);
                unmatched.put(record, left - 1);
                if (left == 1) {
                    unmatched.remove(record);
                }
            }
        }
        return new RecordDiff(missing, extra);
    }

    /** Pairs records with the same text around their numbers, first come first matched. */
    private RecordDiff approximateDifference(List<String> expected, List<String> got) {
        Map<String, List<String>> unmatchedBySkeleton = new LinkedHashMap<>();
        for (String record : got) {
            unmatchedBySkeleton.computeIfAbsent(skeleton(record), s -> new ArrayList<>()).add(record);
        }
        List<String> missing = new ArrayList<>();
        for (String record : expected) {
            List<String> candidates = unmatchedBySkeleton.getOrDefault(skeleton(record), List.of());
            int found = -1;
            for (int i = 0; i < candidates.size() && found < 0; i++) {
                if (matches(record, candidates.get(i))) {
                    found = i;
                }
            }
            if (found < 0) {
                missing.add(record);
            } else {
                candidates.remove(found);
            }
        }
        List<String> extra = new ArrayList<>();
        for (String record : got) {
            List<String> left = unmatchedBySkeleton.get(skeleton(record));
            if (left.remove(record)) {
                extra.add(record);
            }
        }
        return new RecordDiff(missing, extra);
    }

    boolean matches(String expected, String got) {
        if (expected.equals(got)) {
            return true;
        }
        if (tolerance == 0) {
            return false;
        }
        Matcher e = NUMBER.matcher(expected);
        Matcher g = NUMBER.matcher(got);
        int ePos = 0;
        int gPos = 0;
        while (true) {
            boolean eFound = e.find();
            boolean gFound = g.find();
            if (eFound != gFound) {
                return false;
            }
            if (!eFound) {
                return expected.substring(ePos).equals(got.substring(gPos));
            }
            if (!expected.substring(ePos, e.start()).equals(got.substring(gPos, g.start()))) {
                return false;
            }
            double difference = Math.abs(Double.parseDouble(e.group()) - Double.parseDouble(g.group()));
            if (!(difference <= tolerance)) {
                return false;
            }
            ePos = e.end();
            gPos = g.end();
        }
    }

    private static String skeleton(String record) {
        return NUMBER.matcher(record).replaceAll("#");
    }
}
