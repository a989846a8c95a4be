package dev.streamlab.lang.scala;

import dev.streamlab.engine.hash.JvmHashes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The order in which Scala 2.13 iterates (and so prints) an immutable {@code HashMap}/{@code HashSet}, the
 * representation of maps and sets of more than four elements: the CHAMP trie's pre-order, where each node lists the
 * keys that sit alone in their 5-bit hash slot (by slot), then descends into the slots shared by several keys.
 */
final class ScalaHashOrder {

    private static final int BITS = 5;
    private static final int HASH_LENGTH = 32;

    private ScalaHashOrder() {
    }

    /** Scala's {@code Hashing.improve} of {@code key.##}. */
    static int improvedHash(Object key) {
        int h = JvmHashes.elementHash(key);
        h = h + ~(h << 9);
        h = h ^ (h >>> 14);
        h = h + (h << 4);
        return h ^ (h >>> 10);
    }

    static List<Object> order(List<Object> keys) {
        List<int[]> hashes = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            hashes.add(new int[] {improvedHash(keys.get(i)), i});
        }
        List<Object> out = new ArrayList<>(keys.size());
        visit(hashes, 0, keys, out);
        return out;
    }

    private static void visit(List<int[]> entries, int shift, List<Object> keys, List<Object> out) {
        if (shift >= HASH_LENGTH) {
            entries.sort(Comparator.comparingInt(e -> e[1]));
            for (int[] entry : entries) {
                out.add(keys.get(entry[1]));
            }
            return;
        }
        Map<Integer, List<int[]>> slots = new TreeMap<>();
        for (int[] entry : entries) {
            slots.computeIfAbsent((entry[0] >>> shift) & 31, s -> new ArrayList<>()).add(entry);
        }
        for (List<int[]> slot : slots.values()) {
            if (slot.size() == 1) {
                out.add(keys.get(slot.get(0)[1]));
            }
        }
        for (List<int[]> slot : slots.values()) {
            if (slot.size() > 1) {
                visit(slot, shift + BITS, keys, out);
            }
        }
    }
}
