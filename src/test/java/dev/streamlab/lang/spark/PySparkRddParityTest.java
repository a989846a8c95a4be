package dev.streamlab.lang.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PySpark's RDD methods partition, place and order records as {@code pyspark/rdd.py} and {@code pyspark/join.py}
 * do. Each test quotes the rule it checks; the expected lines are what those rules give (portable_hash with
 * PYTHONHASHSEED=0, {@code sc.parallelize(list, n)} slicing {@code [len*i//n : len*(i+1)//n]}).
 */
class PySparkRddParityTest {

    private static final String WORDS = "sc = SparkContext('local[2]', 't')\n"
            + "words = 'a b c a d e a b f g h a c'.split()\n"
            + "r = sc.parallelize([(w, 1) for w in words], 3)\n"
            + "o = sc.parallelize([('a', 'x'), ('c', 'y'), ('z', 'w')], 2)\n"
            + "p = sc.parallelize([(w, i) for i, w in enumerate(words)], 3)\n";

    @TempDir
    Path folder;

    private String run(String body) {
        SparkProgram run = SparkProgram.run("parity.py", "from pyspark import SparkContext\n" + WORDS + body,
                null, 0, folder).succeeded();
        return run.stdout();
    }

    /** rdd.py: "if numPartitions is None: numPartitions = self._defaultReducePartitions()" (its own partitions). */
    @Test
    void reduceByKeyKeepsTheRddsOwnPartitionCountAndDictOrder() {
        assertThat(run("print(r.reduceByKey(lambda a, b: a + b).glom().collect())\n"
                + "print(r.reduceByKey(lambda a, b: a + b, 2).glom().collect())\n"))
                .isEqualTo("[[('b', 2), ('f', 1)], [('a', 4), ('c', 2), ('h', 1)], [('d', 1), ('e', 1), ('g', 1)]]\n"
                        + "[[('b', 2), ('c', 2), ('d', 1), ('g', 1)], [('a', 4), ('e', 1), ('f', 1), ('h', 1)]]\n");
    }

    /** rdd.py groupByKey: combine locally in dicts, partitionBy(numPartitions), ExternalGroupBy in arrival order. */
    @Test
    void groupByKeyAndCombineByKeyGroupInArrivalOrder() {
        assertThat(run("print(r.groupByKey().mapValues(list).glom().collect())\n"
                + "print(r.combineByKey(lambda v: [v], lambda a, v: a + [v], lambda a, b: a + b).collect())\n"
                + "print(r.aggregateByKey(0, lambda a, v: a + v, lambda a, b: a + b).collect())\n"
                + "print(r.foldByKey(0, lambda a, b: a + b, 2).glom().collect())\n"))
                .isEqualTo("[[('b', [1, 1]), ('f', [1])], [('a', [1, 1, 1, 1]), ('c', [1, 1]), ('h', [1])], "
                        + "[('d', [1]), ('e', [1]), ('g', [1])]]\n"
                        + "[('b', [1, 1]), ('f', [1]), ('a', [1, 1, 1, 1]), ('c', [1, 1]), ('h', [1]), "
                        + "('d', [1]), ('e', [1]), ('g', [1])]\n"
                        + "[('b', 2), ('f', 1), ('a', 4), ('c', 2), ('h', 1), ('d', 1), ('e', 1), ('g', 1)]\n"
                        + "[[('b', 2), ('c', 2), ('d', 1), ('g', 1)], [('a', 4), ('e', 1), ('f', 1), ('h', 1)]]\n");
    }

    /**
     * join.py: "vs.union(ws).groupByKey(numPartitions).flatMapValues(...)": the union has 3 + 2 partitions, so the
     * join has five, placed by portable_hash % 5, and the outer sides are filled with None.
     */
    @Test
    void joinsAreAUnionThenGroupByKeyOverTheUnionsPartitions() {
        assertThat(run("print(r.join(o).getNumPartitions(), r.join(o).glom().collect())\n"
                + "print(r.leftOuterJoin(o).glom().collect())\n"
                + "print(r.fullOuterJoin(o).collect())\n"
                + "print(r.rightOuterJoin(o, 1).collect())\n"))
                .isEqualTo("5 [[], [], [('c', (1, 'y')), ('c', (1, 'y'))], [], [('a', (1, 'x')), ('a', (1, 'x')), "
                        + "('a', (1, 'x')), ('a', (1, 'x'))]]\n"
                        + "[[], [('d', (1, None)), ('e', (1, None))], [('b', (1, None)), ('b', (1, None)), "
                        + "('c', (1, 'y')), ('c', (1, 'y')), ('g', (1, None))], [('f', (1, None))], [('a', (1, 'x')), "
                        + "('a', (1, 'x')), ('a', (1, 'x')), ('a', (1, 'x')), ('h', (1, None))]]\n"
                        + "[('d', (1, None)), ('e', (1, None)), ('b', (1, None)), ('b', (1, None)), ('c', (1, 'y')), "
                        + "('c', (1, 'y')), ('g', (1, None)), ('f', (1, None)), ('a', (1, 'x')), ('a', (1, 'x')), "
                        + "('a', (1, 'x')), ('a', (1, 'x')), ('h', (1, None)), ('z', (None, 'w'))]\n"
                        + "[('a', (1, 'x')), ('a', (1, 'x')), ('a', (1, 'x')), ('a', (1, 'x')), ('c', (1, 'y')), "
                        + "('c', (1, 'y')), ('z', (None, 'w'))]\n");
    }

    /** join.py python_cogroup: "union_vrdds.groupByKey(numPartitions).mapValues(dispatch)". */
    @Test
    void cogroupGroupsTheTaggedUnion() {
        assertThat(run("print(r.cogroup(o).mapValues(lambda v: (list(v[0]), list(v[1]))).collect())\n"
                + "print(r.groupWith(o).getNumPartitions())\n"))
                .isEqualTo("[('d', ([1], [])), ('e', ([1], [])), ('b', ([1, 1], [])), ('c', ([1, 1], ['y'])), "
                        + "('g', ([1], [])), ('f', ([1], [])), ('a', ([1, 1, 1, 1], ['x'])), ('h', ([1], [])), "
                        + "('z', ([], ['w']))]\n5\n");
    }

    /**
     * rdd.py distinct: "map(lambda x: (x, None)).reduceByKey(lambda x, _: x, numPartitions)"; subtract:
     * "self.map(lambda x: (x, True)).subtractByKey(rdd, numPartitions).keys()" over a cogroup of 3 + 2 partitions.
     */
    @Test
    void distinctAndSubtractFollowTheirPythonDefinitions() {
        assertThat(run("print(sc.parallelize(words, 3).distinct().glom().collect())\n"
                + "print(sc.parallelize(words, 3).subtract(sc.parallelize(['a', 'b'], 2)).glom().collect())\n"
                + "print(r.subtractByKey(o).glom().collect())\n"
                + "print(sc.parallelize(words, 3).intersection(sc.parallelize(['c', 'a', 'q'])).collect())\n"))
                .isEqualTo("[['b', 'f'], ['a', 'c', 'h'], ['d', 'e', 'g']]\n"
                        + "[[], ['d', 'e'], ['c', 'c', 'g'], ['f'], ['h']]\n"
                        + "[[], [('d', 1), ('e', 1)], [('b', 1), ('b', 1), ('g', 1)], [('f', 1)], [('h', 1)]]\n"
                        + "['c', 'a']\n");
    }

    /** rdd.py partitionBy: "buckets[partitionFunc(k) % num_partitions].append((k, v))", map partitions in order. */
    @Test
    void partitionByPlacesByThePythonFunctionModuloN() {
        assertThat(run("print(r.partitionBy(2, lambda k: ord(k)).glom().collect())\n"))
                .isEqualTo("[[('b', 1), ('d', 1), ('b', 1), ('f', 1), ('h', 1)], [('a', 1), ('c', 1), ('a', 1), "
                        + "('e', 1), ('a', 1), ('g', 1), ('a', 1), ('c', 1)]]\n");
    }

    /**
     * rdd.py sortByKey: "bounds = [samples[int(len(samples) * (i + 1) / numPartitions)] ...]",
     * "p = bisect.bisect_left(bounds, keyfunc(k))", then "sorted(iterator, key=..., reverse=(not ascending))" per
     * partition: equal keys stay in the order they arrived, all in one partition.
     */
    @Test
    void sortByKeyPartitionsBySampledBoundsAndSortsStably() {
        assertThat(run("print(p.sortByKey().glom().collect())\n"
                + "print(p.sortByKey(False).glom().collect())\n"
                + "print(p.sortBy(lambda kv: len(kv[0])).glom().collect())\n"
                + "big = sc.parallelize([(i % 7, i) for i in range(100)], 3)\n"
                + "print(big.sortByKey(numPartitions=3).glom().map(len).collect(), big.sortByKey().take(5))\n"))
                .isEqualTo("[[('a', 0), ('a', 3), ('a', 6), ('a', 11), ('b', 1), ('b', 7)], [('c', 2), ('c', 12), "
                        + "('d', 4)], [('e', 5), ('f', 8), ('g', 9), ('h', 10)]]\n"
                        + "[[('h', 10), ('g', 9), ('f', 8), ('e', 5)], [('d', 4), ('c', 2), ('c', 12)], [('b', 1), "
                        + "('b', 7), ('a', 0), ('a', 3), ('a', 6), ('a', 11)]]\n"
                        + "[[('a', 0), ('b', 1), ('c', 2), ('a', 3), ('d', 4), ('e', 5), ('a', 6), ('b', 7), "
                        + "('f', 8), ('g', 9), ('h', 10), ('a', 11), ('c', 12)], [], []]\n"
                        + "[44, 28, 28] [(0, 0), (0, 7), (0, 14), (0, 21), (0, 28)]\n");
    }

    /** rdd.py top: "heapq.nlargest(num, a + b, key=key)"; takeOrdered: "heapq.nsmallest(num, a + b, key)". */
    @Test
    void topAndTakeOrderedKeepTiesInTheirOrder() {
        assertThat(run("print(sc.parallelize([3, 1, 3, 2, 1], 2).top(3, key=lambda x: x % 2))\n"
                + "print(sc.parallelize([5, 1, 4, 2, 3], 2).takeOrdered(3, key=lambda x: -x))\n"
                + "print(sc.parallelize([('b', 1), ('a', 1), ('c', 2)], 2).top(2, key=lambda kv: kv[1]))\n"))
                .isEqualTo("[3, 1, 3]\n[5, 4, 3]\n[('c', 2), ('b', 1)]\n");
    }

    /** rdd.py reduce: "raise ValueError("Can not reduce() empty RDD")" for max, min, top and countByValue. */
    @Test
    void reducingActionsOnNoPartitionsRaiseValueError() {
        SparkProgram run = SparkProgram.run("parity.py", "from pyspark import SparkContext\n"
                + "sc = SparkContext('local[2]', 't')\n"
                + "print(sc.parallelize([], 2).countByValue())\n"
                + "print(sc.parallelize([1], 1).filter(lambda x: x > 1).max())\n", null, 0, folder);
        assertThat(run.stdout()).isEqualTo("defaultdict(<class 'int'>, {})\n");
        assertThat(run.error()).contains("ValueError: Can not reduce() empty RDD");
    }

    /**
     * rdd.py coalesce(shuffle=True): "batchSize = min(10, self.ctx._batchSize or 1024)": the JVM's round robin
     * deals batches of ten records from a seeded start, so ten consecutive records stay together.
     */
    @Test
    void repartitionDealsBatchesOfTenRecords() {
        // JVM coalesce(shuffle=true): map partition i starts dealing at XORShiftRandom(i).nextInt(n) + 1, one
        // batch per step (XORShiftRandom(0).nextInt(2) = 0, nextInt(3) = 2; XORShiftRandom(1).nextInt(3) = 0).
        assertThat(run("print(sc.parallelize(range(25), 1).repartition(2).glom().collect())\n"
                + "print(sc.parallelize(range(25), 2).repartition(3).glom().collect())\n"))
                .isEqualTo("[[10, 11, 12, 13, 14, 15, 16, 17, 18, 19], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 20, 21, 22, 23, "
                        + "24]]\n[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21], "
                        + "[22, 23, 24]]\n");
    }

    /** rdd.py coalesce: "if not numPartitions > 0: raise ValueError("Number of partitions must be positive.")". */
    @Test
    void coalesceToNoPartitionIsAValueError() {
        SparkProgram run = SparkProgram.run("parity.py", "from pyspark import SparkContext\n"
                + "sc = SparkContext('local[2]', 't')\n"
                + "sc.parallelize([1, 2], 2).repartition(0)\n", null, 0, folder);
        assertThat(run.error()).contains("ValueError: Number of partitions must be positive.");
    }

    /** Grouped values may be None: ResultIterable holds whatever the list held. */
    @Test
    void groupedNoneValuesSurvive() {
        assertThat(run("print(sc.parallelize([('a', None), ('a', 1)]).groupByKey().mapValues(list).collect())\n"))
                .isEqualTo("[('a', [None, 1])]\n");
    }

    /**
     * rddsampler.py: "self._random = random.Random(self._seed ^ split)", ten "randint(0, 1)" to mix, then a record is
     * kept "if self.getUniformSample() < self._fraction", or yielded getPoissonSample(fraction) times (Knuth: a product
     * of random() against exp(-mean) below 20, a sum of expovariate(mean) from 20 on). Expected values: that
     * algorithm run by python3 over the same slices (parallelize's batches of 20 // 3 = 6 records, sliced by the JVM:
     * 6, 6 and 8 records).
     */
    @Test
    void sampleDrawsFromPythonsRandomSeededPerSplit() {
        assertThat(run("n = sc.parallelize([i * 3 for i in range(20)], 3)\n"
                + "print(n.sample(False, 0.5, 42).glom().collect())\n"
                + "print(n.sample(withReplacement=True, fraction=0.5, seed=7).collect())\n"
                + "print(n.sample(True, 25.0, 3).count())\n"))
                .isEqualTo("[[0, 3, 9, 12], [33], [42, 45, 54]]\n"
                        + "[21, 30, 36, 45, 51, 54, 57]\n"
                        + "441\n");
    }

    /**
     * rdd.py takeSample: "rand = random.Random(seed)"; "if (not withReplacement) and num >= initialCount" the whole
     * RDD is "rand.shuffle"d; otherwise "self.sample(withReplacement, fraction, seed)" at
     * _computeFractionForSampleSize's fraction (delta 0.00005), then "rand.shuffle(samples)" and "samples[0:num]".
     */
    @Test
    void takeSampleSamplesWithTheSeedThenShufflesWithRandomOfTheSeed() {
        assertThat(run("n = sc.parallelize([i * 3 for i in range(20)], 3)\n"
                + "print(n.takeSample(False, 5, 11))\n"
                + "print(n.takeSample(False, 30, 11))\n"
                + "print(n.takeSample(True, 5, 2))\n"
                + "print(n.takeSample(False, 0, 2), n.filter(lambda x: x < 0).takeSample(True, 3, 2))\n"))
                .isEqualTo("[12, 45, 15, 0, 33]\n"
                        + "[12, 45, 15, 0, 33, 39, 9, 3, 48, 27, 30, 21, 24, 36, 6, 18, 54, 57, 51, 42]\n"
                        + "[42, 3, 57, 54, 21]\n"
                        + "[] []\n");
    }

    /** rdd.py: "if not fraction >= 0: raise ValueError" and takeSample's "Sample size cannot be negative.". */
    @Test
    void sampleRefusesNegativeFractionsAndSizes() {
        SparkProgram fraction = SparkProgram.run("neg.py", "from pyspark import SparkContext\n" + WORDS
                + "r.sample(False, -0.5)\n", null, 0, folder);
        assertThat(fraction.error()).contains("ValueError: Fraction must be nonnegative.");
        SparkProgram size = SparkProgram.run("size.py", "from pyspark import SparkContext\n" + WORDS
                + "r.takeSample(False, -1)\n", null, 0, folder);
        assertThat(size.error()).contains("ValueError: Sample size cannot be negative.");
    }
}
