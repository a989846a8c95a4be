package dev.streamlab.lang.python;

import java.util.List;

/**
 * CPython's {@code random.Random} (MT19937 seeded by {@code init_by_array}), so that what PySpark samples with a
 * fixed seed ({@code rdd.sample(False, fraction, 1)} inside {@code sortByKey}) is what the dialect samples.
 */
public final class PythonRandom {

    private static final int N = 624;
    private static final int M = 397;

    private final int[] mt = new int[N];
    private int index = N;

    /** {@code random.Random(seed)} for a non-negative integer seed below 2^63. */
    public PythonRandom(long seed) {
        long n = Math.abs(seed);
        int words = n == 0 ? 1 : (64 - Long.numberOfLeadingZeros(n) + 31) / 32;
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = (int) (n >>> (32 * i));
        }
        initByArray(key);
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    private int next32() {
        if (index >= N) {
            for (int k = 0; k < N; k++) {
                int y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
                mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : 0x9908b0df);
            }
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** {@code random()}: 53 random bits as a float in [0, 1). */
    public double random() {
        long a = (next32() & 0xffffffffL) >>> 5;
        long b = (next32() & 0xffffffffL) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code getrandbits(k)} for 1 ≤ k ≤ 32. */
    public long getrandbits(int k) {
        return (next32() & 0xffffffffL) >>> (32 - k);
    }

    /** {@code randint(a, b)} for a small range, through {@code _randbelow}'s rejection of out-of-range bits. */
    public long randint(long a, long b) {
        long n = b - a + 1;
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = getrandbits(k);
        while (r >= n) {
            r = getrandbits(k);
        }
        return a + r;
    }

    /** {@code randint(0, sys.maxsize)}: {@code _randbelow(2**63)} takes 64 bits, low word first, until one is below. */
    public long randomSize() {
        long r;
        do {
            long low = next32() & 0xffffffffL;
            long high = next32() & 0xffffffffL;
            r = high << 32 | low;
        } while (r < 0);
        return r;
    }

    /** {@code shuffle(x)}: from the last item down, item i swaps with {@code _randbelow(i + 1)}. */
    public <T> void shuffle(List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = (int) randint(0, i);
            T swapped = items.get(i);
            items.set(i, items.get(j));
            items.set(j, swapped);
        }
    }

    /** {@code expovariate(lambd)}: {@code -log(1.0 - random()) / lambd}. */
    public double expovariate(double lambd) {
        return -Math.log(1.0 - random()) / lambd;
    }
}
