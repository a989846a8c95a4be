package dev.streamlab.engine.hash;

/** The MurmurHash3 mixing steps of {@code scala.util.hashing.MurmurHash3}, on 32-bit ints. */
final class Murmur3 {

    private Murmur3() {
    }

    static int mix(int hash, int data) {
        int h = mixLast(hash, data);
        h = Integer.rotateLeft(h, 13);
        return h * 5 + 0xe6546b64;
    }

    static int mixLast(int hash, int data) {
        int k = data * 0xcc9e2d51;
        k = Integer.rotateLeft(k, 15);
        k *= 0x1b873593;
        return hash ^ k;
    }

    static int finalizeHash(int hash, int length) {
        return avalanche(hash ^ length);
    }

    static int avalanche(int hash) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
