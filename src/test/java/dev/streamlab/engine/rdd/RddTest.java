package dev.streamlab.engine.rdd;

import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.hash.JvmKeyHashing;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RDD behaviour that shows in a student's output: partitioning, laziness, take's scan, actions' errors, order. */
class RddTest {

    private final RddContext local2 = new RddContext(2, new JvmKeyHashing());

    private <T> Rdd<T> rdd(List<T> items, int slices) {
        return Rdd.parallelize(local2, items, slices);
    }

    private static Object sum(Object a, Object b) {
        return (Integer) a + (Integer) b;
    }

    @Test
    void parallelizeCutsSlicesLikeSpark() {
        assertThat(rdd(List.of(1, 2, 3, 4, 5), 2).glom().collect()).containsExactly(List.of(1, 2), List.of(3, 4, 5));
        assertThat(rdd(List.of(1, 2, 3, 4, 5), 3).glom().collect())
                .containsExactly(List.of(1), List.of(2, 3), List.of(4, 5));
        assertThat(rdd(List.<Integer>of(), 3).numPartitions()).isEqualTo(3);
        assertThatThrownBy(() -> rdd(List.of(1), 0)).hasMessage("Positive number of partitions required");
    }

    @Test
    void takeScansOnePartitionThenEstimatesHowManyMore() {
        List<Integer> computed = new ArrayList<>();
        Rdd<Integer> numbers = rdd(List.of(1, 2, 3, 4, 5, 6, 7, 8), 8).mapPartitionsWithIndex((index, it) -> {
            computed.add(index);
            return it;
        }, false);
        assertThat(numbers.take(2)).containsExactly(1, 2);
        // one partition gave one element: 1.5 · 1 left · 1 scanned / 1 found → 2 more partitions
        assertThat(computed).containsExactly(0, 1, 2);
    }

    @Test
    void takeQuadruplesThePartitionsToTryAfterFindingNothing() {
        List<Integer> computed = new ArrayList<>();
        Rdd<Integer> sparse = Rdd.fromPartitions(local2,
                List.of(List.<Integer>of(), List.of(), List.of(), List.of(), List.of(), List.of(7), List.of(8)))
                .mapPartitionsWithIndex((index, it) -> {
                    computed.add(index);
                    return it;
                }, false);
        assertThat(sparse.take(1)).containsExactly(7);
        assertThat(computed).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void transformationsAreLazyAndRecomputedUnlessPersisted() {
        AtomicInteger calls = new AtomicInteger();
        Rdd<Integer> doubled = rdd(List.of(1, 2, 3), 2).map(x -> {
            calls.incrementAndGet();
            return x * 2;
        });
        assertThat(calls).hasValue(0);
        doubled.collect();
        doubled.collect();
        assertThat(calls).hasValue(6);
        doubled.persist();
        doubled.collect();
        doubled.collect();
        assertThat(calls).hasValue(9);
    }

    @Test
    void aShuffleWritesItsMapOutputsOnceForEveryAction() {
        AtomicInteger calls = new AtomicInteger();
        Rdd<Tuple> counts = rdd(List.of("a", "b", "a"), 2).map(w -> {
            calls.incrementAndGet();
            return Tuple.pair(w, 1);
        }).pairs().reduceByKey(RddTest::sum, new HashPartitioner(2));
        counts.collect();
        counts.count();
        assertThat(calls).hasValue(3);
    }

    @Test
    void aMarkedRddIsComputedInFullAfterTheFirstJobThatUsesIt() {
        List<Integer> computed = new ArrayList<>();
        Rdd<Integer> marked = rdd(List.of(1, 2, 3, 4), 4).mapPartitionsWithIndex((index, it) -> {
            computed.add(index);
            return it;
        }, true);
        marked.persist();
        marked.checkpoint();
        Rdd<Integer> doubled = marked.map(x -> x * 2);
        assertThat(computed).isEmpty();
        assertThat(doubled.take(1)).containsExactly(2);
        assertThat(computed).containsExactly(0, 1, 2, 3);
        assertThat(marked.isCheckpointed()).isTrue();
        doubled.collect();
        assertThat(computed).containsExactly(0, 1, 2, 3);
    }

    @Test
    void markedAncestorsAreCheckpointedBeforeTheirDescendants() {
        List<String> computed = new ArrayList<>();
        Rdd<Integer> ancestor = rdd(List.of(1, 2, 3), 3).mapPartitionsWithIndex((index, it) -> {
            computed.add("A" + index);
            return it;
        }, false);
        Rdd<Integer> descendant = ancestor.mapPartitionsWithIndex((index, it) -> {
            computed.add("B" + index);
            return it;
        }, false);
        for (Rdd<Integer> marked : List.of(ancestor, descendant)) {
            marked.persist();
            marked.checkpoint();
        }
        descendant.map(x -> x).take(1);
        assertThat(computed).containsExactly("A0", "B0", "A1", "A2", "B1", "B2");
        assertThat(ancestor.isCheckpointed()).isTrue();
        assertThat(descendant.isCheckpointed()).isTrue();
    }

    @Test
    void aCheckpointedCopyKeepsTheDataAndLayoutWithoutTheLineage() {
        HashPartitioner two = new HashPartitioner(2);
        Rdd<Tuple> counts = rdd(List.of(Tuple.pair("a", 1), Tuple.pair("b", 1)), 1).pairs()
                .reduceByKey(RddTest::sum, two);
        assertThat(counts.checkpointedCopy()).isSameAs(counts);
        counts.checkpoint();
        counts.count();
        Rdd<Tuple> copy = counts.checkpointedCopy();
        assertThat(copy).isNotSameAs(counts);
        assertThat(copy.dependencies()).isEmpty();
        assertThat(copy.partitioner()).isEqualTo(two);
        assertThat(copy.glom().collect()).isEqualTo(counts.glom().collect());
    }

    @Test
    void reduceAndFirstOfAnEmptyRddFailWithSparksMessage() {
        Rdd<Integer> empty = rdd(List.of(), 2);
        assertThatThrownBy(() -> empty.reduce(Integer::sum)).isInstanceOfSatisfying(EngineException.class,
                e -> assertThat(e.sparkMessage()).isEqualTo("java.lang.UnsupportedOperationException: empty"
                        + " collection"));
        assertThatThrownBy(empty::first).hasMessage("empty collection");
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.fold(0, Integer::sum)).isZero();
    }

    @Test
    void reduceCombinesPartitionResultsInPartitionOrder() {
        assertThat(rdd(List.of("a", "b", "c", "d"), 2).reduce((x, y) -> "(" + x + y + ")"))
                .isEqualTo("((ab)(cd))");
    }

    @Test
    void unionOfRddsSharingAPartitionerZipsTheirPartitions() {
        HashPartitioner two = new HashPartitioner(2);
        Rdd<Tuple> first = rdd(List.of(Tuple.pair(1, "x"), Tuple.pair(2, "y")), 1).pairs().partitionBy(two);
        Rdd<Tuple> second = rdd(List.of(Tuple.pair(3, "z"), Tuple.pair(4, "w")), 1).pairs().partitionBy(two);
        Rdd<Tuple> both = first.union(second);
        assertThat(both.numPartitions()).isEqualTo(2);
        assertThat(both.partitioner()).isEqualTo(two);
        assertThat(both.glom().collect()).containsExactly(
                List.of(Tuple.pair(2, "y"), Tuple.pair(4, "w")), List.of(Tuple.pair(1, "x"), Tuple.pair(3, "z")));
    }

    @Test
    void unionOfOtherRddsConcatenatesTheirPartitionsAndDropsEmptyOnes() {
        Rdd<Integer> none = Rdd.fromPartitions(local2, List.of());
        Rdd<Integer> both = Rdd.union(local2, List.of(rdd(List.of(1, 2), 2), none, rdd(List.of(3), 1)));
        assertThat(both.numPartitions()).isEqualTo(3);
        assertThat(both.collect()).containsExactly(1, 2, 3);
    }

    @Test
    void combineByKeyOnAnAlreadyPartitionedRddDoesNotShuffle() {
        HashPartitioner two = new HashPartitioner(2);
        Rdd<Tuple> counts = rdd(List.of(Tuple.pair("a", 1), Tuple.pair("b", 1), Tuple.pair("a", 1)), 1).pairs()
                .reduceByKey(RddTest::sum, two);
        Rdd<Tuple> again = counts.pairs().reduceByKey(RddTest::sum, two);
        assertThat(again.partitioner()).isEqualTo(two);
        assertThat(again.glom().collect()).isEqualTo(counts.glom().collect());
    }

    @Test
    void rddGroupByKeyUsesCompactBuffersInArrivalOrder() {
        Rdd<Tuple> grouped = rdd(List.of(Tuple.pair("a", 1), Tuple.pair("a", 2), Tuple.pair("a", 3)), 2).pairs()
                .groupByKey(new HashPartitioner(1));
        Buffer values = (Buffer) grouped.first().value();
        assertThat(values.kind()).isEqualTo(Buffer.Kind.COMPACT_BUFFER);
        assertThat(values).containsExactly(1, 2, 3);
    }

    @Test
    void cogroupPutsEachSidesValuesInItsOwnBuffer() {
        Rdd<Tuple> left = rdd(List.of(Tuple.pair("a", 1), Tuple.pair("a", 2)), 1);
        Rdd<Tuple> right = rdd(List.of(Tuple.pair("a", "x"), Tuple.pair("b", "y")), 1);
        Map<Object, Object> groups = new HashMap<>();
        left.pairs().cogroup(List.of(right), new HashPartitioner(2)).collect()
                .forEach(t -> groups.put(t.key(), t.value()));
        assertThat(groups).containsEntry("a", Tuple.of(List.of(1, 2), List.of("x")))
                .containsEntry("b", Tuple.of(List.of(), List.of("y")));
    }

    @Test
    void repartitionMakesExactlyNPartitionsAndCoalesceMergesNeighbours() {
        Rdd<Integer> numbers = rdd(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), 3);
        Rdd<Integer> spread = numbers.repartition(4);
        assertThat(spread.numPartitions()).isEqualTo(4);
        assertThat(spread.collect()).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(spread.collect()).isEqualTo(numbers.repartition(4).collect());
        assertThat(numbers.coalesce(2, false).glom().collect())
                .containsExactly(List.of(1, 2, 3), List.of(4, 5, 6, 7, 8, 9));
        assertThatThrownBy(() -> numbers.repartition(0))
                .hasMessage("requirement failed: Number of partitions (0) must be positive.");
    }

    @Test
    void xorShiftSeedIsScalasMurmurOfTheSeedBytes() {
        byte[] bytes = ByteBuffer.allocate(Long.BYTES).putLong(1L).array();
        int low = scala.util.hashing.MurmurHash3$.MODULE$.bytesHash(bytes,
                scala.util.hashing.MurmurHash3$.MODULE$.arraySeed());
        int high = scala.util.hashing.MurmurHash3$.MODULE$.bytesHash(bytes, low);
        long seed = ((long) high << 32) | (low & 0xFFFFFFFFL);
        long next = seed ^ (seed << 21);
        next ^= next >>> 35;
        next ^= next << 4;
        assertThat(new XorShiftRandom(1).next(31)).isEqualTo((int) (next & ((1L << 31) - 1)));
    }

    @Test
    void sortByOrdersTheWholeRddAcrossPartitions() {
        Rdd<String> words = rdd(List.of("pear", "fig", "apple", "kiwi"), 2);
        assertThat(words.sortBy(w -> w, Comparator.comparing(Object::toString), true, 2).collect())
                .containsExactly("apple", "fig", "kiwi", "pear");
        assertThat(words.sortBy(String::length, Comparator.comparing(o -> (Integer) o), false, 1).collect())
                .containsExactly("apple", "pear", "kiwi", "fig");
    }

    @Test
    void distinctSubtractAndZipWithIndex() {
        Rdd<Integer> numbers = rdd(List.of(3, 1, 3, 2, 1), 2);
        assertThat(numbers.distinct().collect()).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(numbers.subtract(rdd(List.of(3), 1)).collect()).containsExactlyInAnyOrder(1, 2, 1);
        assertThat(rdd(List.of("a", "b", "c"), 2).zipWithIndex().collect())
                .containsExactly(Tuple.pair("a", 0L), Tuple.pair("b", 1L), Tuple.pair("c", 2L));
    }

    @Test
    void topAndTakeOrdered() {
        Rdd<Integer> numbers = rdd(List.of(5, 1, 4, 2, 3), 2);
        assertThat(numbers.top(2, Comparator.naturalOrder())).containsExactly(5, 4);
        assertThat(numbers.takeOrdered(2, Comparator.naturalOrder())).containsExactly(1, 2);
    }

    @Test
    void countByKeyAndLookup() {
        Rdd<Tuple> pairs = rdd(List.of(Tuple.pair("a", 1), Tuple.pair("b", 2), Tuple.pair("a", 3)), 2);
        assertThat(pairs.pairs().countByKey()).containsOnly(Map.entry("a", 2L), Map.entry("b", 1L));
        assertThat(pairs.pairs().lookup("a")).containsExactly(1, 3);
    }

    @Test
    void pairOperationsOnNonPairsFailWithAnEngineError() {
        Rdd<String> words = rdd(List.of("a"), 1);
        assertThatThrownBy(() -> words.pairs().reduceByKey(RddTest::sum, new HashPartitioner(1)).collect())
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(e.sparkClassName()).isEqualTo(EngineException.ILLEGAL_ARGUMENT));
    }

    @Test
    void sampleKeepsEachPartitionAndItsLimitFractions() {
        Rdd<Integer> numbers = rdd(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 3);
        assertThat(numbers.sample(false, 1.0, 5).glom().collect()).isEqualTo(numbers.glom().collect());
        assertThat(numbers.sample(false, 0.0, 5).count()).isZero();
        assertThat(numbers.sample(true, 0.0, 5).count()).isZero();
        assertThat(numbers.sample(false, 0.5, 5).numPartitions()).isEqualTo(3);
        assertThat(numbers.sample(false, 0.5, 5).collect()).isEqualTo(numbers.sample(false, 0.5, 5).collect())
                .isSubsetOf(numbers.collect());
    }

    @Test
    void sampleRefusesFractionsSparkRefuses() {
        Rdd<Integer> numbers = rdd(List.of(1, 2, 3), 2);
        assertThatThrownBy(() -> numbers.sample(false, -0.5, 1))
                .hasMessage("requirement failed: Fraction must be nonnegative, but got -0.5");
        assertThatThrownBy(() -> numbers.sample(false, 1.5, 1))
                .hasMessage("requirement failed: Sampling fraction (1.5) must be on interval [0, 1]");
        assertThat(numbers.sample(true, 1.5, 1).numPartitions()).isEqualTo(2);
    }

    @Test
    void takeSampleWithoutReplacementReturnsDistinctRecordsOrAShuffleOfAll() {
        List<Integer> items = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        Rdd<Integer> numbers = rdd(items, 3);
        List<Integer> four = numbers.takeSample(false, 4, 9);
        assertThat(four).hasSize(4).doesNotHaveDuplicates().isSubsetOf(items);
        assertThat(numbers.takeSample(false, 4, 9)).isEqualTo(four);
        assertThat(numbers.takeSample(false, 50, 9)).hasSize(12).containsExactlyInAnyOrderElementsOf(items);
        assertThat(numbers.takeSample(true, 20, 9)).hasSize(20).isSubsetOf(items);
        assertThat(numbers.takeSample(false, 0, 9)).isEmpty();
        assertThat(rdd(List.<Integer>of(), 2).takeSample(true, 3, 9)).isEmpty();
        assertThatThrownBy(() -> numbers.takeSample(false, -1, 9))
                .hasMessage("requirement failed: Negative number of elements requested");
    }
}
