package dev.streamlab.engine.rdd;

import dev.streamlab.engine.KeyHashing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Spark's {@code RangePartitioner}: the upper bounds of all partitions but the last, from a sketch of the keys
 * (reservoir samples of {@code ceil(3 * min(20 * partitions, 1e6) / input partitions)} keys per input partition,
 * seeded {@code byteswap32(index ^ (rddId << 16))}), weighted by each partition's size, with imbalanced partitions
 * sampled again; equal keys share one bound, so a sort of many equal keys may have fewer partitions than asked.
 * The seeds rest on the id of the sorted pairs RDD (the keys RDD is the next one): Spark numbers every RDD its
 * driver made, here each sort draws the next number of its context, so only partitions bigger than their
 * reservoir can sample differently from Spark.
 */
final class RangePartitioner {

    private static final int SAMPLE_POINTS_PER_PARTITION = 20;

    private final List<Object> bounds;
    private final Comparator<Object> ordering;
    private final boolean ascending;

    RangePartitioner(int partitions, Rdd<?> keys, boolean ascending, Comparator<Object> ordering, int rddId) {
        this.ordering = ordering;
        this.ascending = ascending;
        this.bounds = partitions <= 1 ? List.of() : bounds(partitions, keys, rddId);
    }

    int numPartitions() {
        return bounds.size() + 1;
    }

    /** {@code getPartition}: the first bound the key does not exceed, counted from the end when descending. */
    int partition(Object key) {
        int partition = 0;
        while (partition < bounds.size() && ordering.compare(key, bounds.get(partition)) > 0) {
            partition++;
        }
        return ascending ? partition : bounds.size() - partition;
    }

    KeyHashing placement() {
        return KeyHashing.placement((key, partitions) -> partition(key));
    }

    private record Candidate(Object key, float weight) {
    }

    private List<Object> bounds(int partitions, Rdd<?> keys, int rddId) {
        double sampleSize = Math.min((double) SAMPLE_POINTS_PER_PARTITION * partitions, 1e6);
        int perPartition = (int) Math.min(Math.ceil(3.0 * sampleSize / keys.numPartitions()), Integer.MAX_VALUE);
        long numItems = 0;
        List<List<Object>> samples = new ArrayList<>();
        long[] counts = new long[keys.numPartitions()];
        for (int idx = 0; idx < keys.numPartitions(); idx++) {
            List<Object> reservoir = new ArrayList<>();
            counts[idx] = reservoirSampleAndCount(keys.iterator(idx), perPartition, byteswap32(idx ^ ((rddId + 1) << 16)),
                    reservoir);
            samples.add(reservoir);
            numItems += counts[idx];
        }
        keys.afterJob();
        if (numItems == 0) {
            return List.of();
        }
        double fraction = Math.min(sampleSize / Math.max(numItems, 1L), 1.0);
        List<Candidate> candidates = new ArrayList<>();
        List<Integer> imbalanced = new ArrayList<>();
        for (int idx = 0; idx < samples.size(); idx++) {
            if (fraction * counts[idx] > perPartition) {
                imbalanced.add(idx);
            } else {
                float weight = (float) ((double) counts[idx] / samples.get(idx).size());
                for (Object key : samples.get(idx)) {
                    candidates.add(new Candidate(key, weight));
                }
            }
        }
        if (!imbalanced.isEmpty()) {
            float weight = (float) (1.0 / fraction);
            Random seeds = new Random(byteswap32(-rddId - 1));
            for (int idx : imbalanced) {
                XorShiftRandom rng = new XorShiftRandom(seeds.nextLong());
                Iterator<?> it = keys.iterator(idx);
                BernoulliSampler bernoulli = new BernoulliSampler(fraction, rng);
                while (it.hasNext()) {
                    Object key = it.next();
                    if (bernoulli.keep()) {
                        candidates.add(new Candidate(key, weight));
                    }
                }
            }
            keys.afterJob();
        }
        return determineBounds(candidates, Math.min(partitions, candidates.size()));
    }

    private List<Object> determineBounds(List<Candidate> candidates, int partitions) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort((a, b) -> ordering.compare(a.key(), b.key()));
        double sumWeights = 0;
        for (Candidate c : ordered) {
            sumWeights += c.weight();
        }
        double step = sumWeights / partitions;
        double cumWeight = 0;
        double target = step;
        List<Object> out = new ArrayList<>();
        Object previous = null;
        boolean hasPrevious = false;
        for (int i = 0, j = 0; i < ordered.size() && j < partitions - 1; i++) {
            Candidate c = ordered.get(i);
            cumWeight += c.weight();
            if (cumWeight >= target && (!hasPrevious || ordering.compare(c.key(), previous) > 0)) {
                out.add(c.key());
                target += step;
                j++;
                previous = c.key();
                hasPrevious = true;
            }
        }
        return out;
    }

    /** {@code SamplingUtils.reservoirSampleAndCount}: the first k items, then item l replaces a random slot. */
    static long reservoirSampleAndCount(Iterator<?> input, int k, long seed, List<Object> reservoir) {
        int i = 0;
        while (i < k && input.hasNext()) {
            reservoir.add(input.next());
            i++;
        }
        if (i < k) {
            return i;
        }
        long l = i;
        XorShiftRandom rand = new XorShiftRandom(seed);
        while (input.hasNext()) {
            Object item = input.next();
            l++;
            long replacementIndex = (long) (rand.nextDouble() * l);
            if (replacementIndex < k) {
                reservoir.set((int) replacementIndex, item);
            }
        }
        return l;
    }

    /** {@code scala.util.hashing.byteswap32}. */
    static int byteswap32(int v) {
        int hc = v * 0x9e3775cd;
        hc = Integer.reverseBytes(hc);
        return hc * 0x9e3775cd;
    }
}
