package dev.streamlab.engine.hash;

import dev.streamlab.engine.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JvmKeyHashingTest {

    private final JvmKeyHashing hashing = new JvmKeyHashing();

    @Test
    void partitionIsTheNonNegativeModOfTheHashCode() {
        assertThat(hashing.partition("b", 2)).isZero();
        assertThat(hashing.partition("a", 2)).isEqualTo(1);
        assertThat(hashing.partition(-7, 3)).isEqualTo(2);
        assertThat(hashing.partition(Integer.MIN_VALUE, 3)).isEqualTo(1);
    }

    @Test
    void nullKeysGoToPartitionZero() {
        assertThat(hashing.partition(null, 4)).isZero();
    }

    @Test
    void countByValueKeysSpreadAsSparkSplitsThem() {
        assertThat(hashing.partition(4L, 2)).isZero();
        assertThat(hashing.partition(1L, 2)).isEqualTo(1);
    }

    @Test
    void tupleKeysPartitionByTheirScalaHash() {
        Tuple key = Tuple.pair("Hello", 1);
        int scalaHash = new scala.Tuple2<>("Hello", 1).hashCode();
        assertThat(hashing.jvmHashCode(key)).isEqualTo(scalaHash);
        assertThat(hashing.partition(key, 3)).isEqualTo(Math.floorMod(scalaHash, 3));
    }

    @Test
    void ordersReducePartitionsBySlot() {
        assertThat(hashing.slotOrdered()).isTrue();
    }
}
