package dev.streamlab.engine.rdd;

import java.nio.ByteBuffer;
import java.util.Random;

/**
 * Spark's {@code XORShiftRandom}: {@code repartition} starts dealing partition p's records at
 * {@code new XORShiftRandom(p).nextInt(n)}, so the placement of records is reproducible.
 */
final class XorShiftRandom extends Random {

    private static final int ARRAY_SEED = 0x3c074a61;
    private long state;

    XorShiftRandom(long init) {
        super(init);
        state = hashSeed(init);
    }

    @Override
    protected int next(int bits) {
        long nextSeed = state ^ (state << 21);
        nextSeed ^= nextSeed >>> 35;
        nextSeed ^= nextSeed << 4;
        state = nextSeed;
        return (int) (nextSeed & ((1L << bits) - 1));
    }

    private static long hashSeed(long seed) {
        byte[] bytes = ByteBuffer.allocate(Long.BYTES).putLong(seed).array();
        int low = bytesHash(bytes, ARRAY_SEED);
        int high = bytesHash(bytes, low);
        return ((long) high << 32) | (low & 0xFFFFFFFFL);
    }

    /** Scala's {@code MurmurHash3.bytesHash} for a whole number of 4-byte blocks. */
    private static int bytesHash(byte[] data, int seed) {
        int h = seed;
        for (int i = 0; i + 4 <= data.length; i += 4) {
            int k = (data[i] & 0xFF) | (data[i + 1] & 0xFF) << 8 | (data[i + 2] & 0xFF) << 16
                    | (data[i + 3] & 0xFF) << 24;
            k *= 0xcc9e2d51;
            k = Integer.rotateLeft(k, 15);
            k *= 0x1b873593;
            h ^= k;
            h = Integer.rotateLeft(h, 13);
            h = h * 5 + 0xe6546b64;
        }
        h ^= data.length;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
