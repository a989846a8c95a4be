package dev.streamlab.lang.python;

/**
 * SipHash-1-3 with an all-zero key, as CPython 3.11's {@code pyhash.c} computes it: one compression round
 * per 8-byte word, three finalisation rounds, words read little-endian.
 */
final class SipHash13 {

    private long v0 = 0x736f6d6570736575L;
    private long v1 = 0x646f72616e646f6dL;
    private long v2 = 0x6c7967656e657261L;
    private long v3 = 0x7465646279746573L;

    private SipHash13() {
    }

    static long hash(byte[] data) {
        SipHash13 state = new SipHash13();
        int whole = data.length & ~7;
        for (int offset = 0; offset < whole; offset += 8) {
            state.compress(littleEndian(data, offset, 8));
        }
        state.compress(((long) data.length << 56) | littleEndian(data, whole, data.length - whole));
        return state.finish();
    }

    private void compress(long word) {
        v3 ^= word;
        round();
        v0 ^= word;
    }

    private long finish() {
        v2 ^= 0xff;
        round();
        round();
        round();
        return v0 ^ v1 ^ v2 ^ v3;
    }

    private void round() {
        v0 += v1;
        v2 += v3;
        v1 = Long.rotateLeft(v1, 13) ^ v0;
        v3 = Long.rotateLeft(v3, 16) ^ v2;
        v0 = Long.rotateLeft(v0, 32);
        v2 += v1;
        v0 += v3;
        v1 = Long.rotateLeft(v1, 17) ^ v2;
        v3 = Long.rotateLeft(v3, 21) ^ v0;
        v2 = Long.rotateLeft(v2, 32);
    }

    private static long littleEndian(byte[] data, int offset, int count) {
        long word = 0;
        for (int i = count - 1; i >= 0; i--) {
            word = (word << 8) | (data[offset + i] & 0xffL);
        }
        return word;
    }
}
