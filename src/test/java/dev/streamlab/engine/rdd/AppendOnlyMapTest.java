package dev.streamlab.engine.rdd;

import dev.streamlab.engine.hash.JvmKeyHashing;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Spark's AppendOnlyMap iteration order (spec §6.3): hash-slot order, probing on collisions, growth, null first. */
class AppendOnlyMapTest {

    private static AppendOnlyMap<Integer> counting(Object... keys) {
        AppendOnlyMap<Integer> map = new AppendOnlyMap<>(new JvmKeyHashing());
        for (Object key : keys) {
            map.update(key, (had, old) -> had ? old + 1 : 1);
        }
        return map;
    }

    private static List<Object> order(AppendOnlyMap<?> map) {
        List<Object> keys = new ArrayList<>();
        map.forEach((k, v) -> keys.add(k));
        return keys;
    }

    @Test
    void rehashIsGuavasMurmur3OfTheHashCode() {
        // Guava 33.4.8 Hashing.murmur3_32().hashInt(h).asInt()
        assertThat(AppendOnlyMap.rehash(0)).isEqualTo(593_689_054);
        assertThat(AppendOnlyMap.rehash(1)).isEqualTo(-68_075_478);
        assertThat(AppendOnlyMap.rehash(97)).isEqualTo(1_455_541_201);
        assertThat(AppendOnlyMap.rehash(2112)).isEqualTo(-506_449_132);
        assertThat(AppendOnlyMap.rehash(Integer.MIN_VALUE)).isEqualTo(-1_718_298_732);
    }

    @Test
    void keysComeOutInSlotOrderNotInsertionOrder() {
        // slots in the 64-slot table: 1 → 42, 2 → 63, 3 → 49, 4 → 7, 5 → 62
        assertThat(order(counting(1, 2, 3, 4, 5))).containsExactly(4, 1, 3, 5, 2);
        assertThat(order(counting(5, 4, 3, 2, 1))).containsExactly(4, 1, 3, 5, 2);
    }

    @Test
    void collidingKeysProbeOnwardSoTheFirstInsertedComesFirst() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(order(counting("Aa", "BB"))).containsExactly("Aa", "BB");
        assertThat(order(counting("BB", "Aa"))).containsExactly("BB", "Aa");
        // different hash codes, same home slot (20): still probing, still first come first
        assertThat(order(counting(Integer.MIN_VALUE, "Aa"))).containsExactly(Integer.MIN_VALUE, "Aa");
    }

    @Test
    void theNullKeyIsKeptApartAndComesFirst() {
        AppendOnlyMap<Integer> map = counting(4, null, 1, null);
        assertThat(order(map)).containsExactly(null, 4, 1);
        assertThat(map.get(null)).isEqualTo(2);
        assertThat(map.containsKey(null)).isTrue();
        assertThat(map.size()).isEqualTo(3);
    }

    @Test
    void updatesMergeIntoTheExistingValue() {
        AppendOnlyMap<Integer> map = counting("a", "b", "a", "a");
        assertThat(map.get("a")).isEqualTo(3);
        assertThat(map.get("b")).isEqualTo(1);
        assertThat(map.get("c")).isNull();
        assertThat(map.containsKey("c")).isFalse();
        assertThat(map.size()).isEqualTo(2);
    }

    /**
     * Growth keeps every entry. Where growing puts them is pinned against real Spark by the 60- and 53-key
     * reduceByKey goldens on one partition (PairDStreamFunctionsTest).
     */
    @Test
    void growingKeepsEveryEntry() {
        Object[] keys = new Object[1000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = "k" + i;
        }
        AppendOnlyMap<Integer> map = counting(keys);
        assertThat(map.size()).isEqualTo(1000);
        for (Object key : keys) {
            assertThat(map.get(key)).isEqualTo(1);
        }
        assertThat(order(map)).hasSize(1000).doesNotHaveDuplicates();
    }
}
