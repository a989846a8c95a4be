package dev.streamlab.engine.rdd;

import java.util.Random;

/**
 * Spark's {@code BernoulliSampler}: each record is kept with probability {@code fraction}. Below
 * {@code defaultMaxGapSamplingFraction} (0.4) it draws the length of the gap to the next kept record instead of one
 * number per record ({@code GapSampling}, which draws its first gap when it is made), so the same seed keeps the
 * same records as Spark only if the same arithmetic is done.
 */
final class BernoulliSampler {

    static final double GAP_SAMPLING_MAX_FRACTION = 0.4;
    static final double RNG_EPSILON = 5e-11;

    private final double fraction;
    private final Random rng;
    private final double lnq;
    private int countForDropping;

    BernoulliSampler(double fraction, Random rng) {
        this.fraction = fraction;
        this.rng = rng;
        this.lnq = Math.log1p(-fraction);
        if (fraction > 0 && fraction < 1 && fraction <= GAP_SAMPLING_MAX_FRACTION) {
            advance();
        }
    }

    boolean keep() {
        if (fraction <= 0) {
            return false;
        }
        if (fraction >= 1) {
            return true;
        }
        if (fraction > GAP_SAMPLING_MAX_FRACTION) {
            return rng.nextDouble() <= fraction;
        }
        if (countForDropping > 0) {
            countForDropping--;
            return false;
        }
        advance();
        return true;
    }

    private void advance() {
        double u = Math.max(rng.nextDouble(), RNG_EPSILON);
        countForDropping = (int) (Math.log(u) / lnq);
    }
}
