package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PythonKeyHashingTest {

    private final PythonKeyHashing hashing = new PythonKeyHashing();

    @Test
    void partitionIsPythonsNonNegativeModulo() {
        assertThat(hashing.partition(-3L, 2)).isEqualTo(1);
        assertThat(hashing.partition(-1L, 3)).isEqualTo(1);
        assertThat(hashing.partition(7L, 4)).isEqualTo(3);
    }

    @Test
    void noneGoesToPartitionZero() {
        assertThat(hashing.partition(null, 3)).isZero();
    }

    @Test
    void stringKeysPartitionByTheirSeededSipHash() {
        long hash = PythonHashes.stringHash("a");
        assertThat(hash).isEqualTo(4644417185603328019L);
        assertThat(hashing.partition("a", 2)).isEqualTo((int) Math.floorMod(hash, 2L));
    }

    @Test
    void tupleKeysPartitionByPortableHash() {
        Tuple key = Tuple.pair("a", 1L);
        assertThat(hashing.partition(key, 5)).isEqualTo((int) Math.floorMod(PythonHashes.portableHash(key), 5L));
        assertThat(PythonHashes.portableHash(key)).isNotEqualTo(PythonHashes.hash(key));
    }

    @Test
    void keepsFirstArrivalOrder() {
        assertThat(hashing.slotOrdered()).isFalse();
    }
}
