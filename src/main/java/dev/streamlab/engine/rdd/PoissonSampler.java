package dev.streamlab.engine.rdd;

import java.util.Random;

/**
 * Spark's {@code PoissonSampler}, which gives each record a number of copies drawn from Poisson(fraction). Up to
 * {@code defaultMaxGapSamplingFraction} it is Spark's {@code GapSamplingReplacement} on an {@code XORShiftRandom},
 * draw for draw. Above it Spark draws from commons-math3's {@code PoissonDistribution} on its own generator, which
 * the lab does not reproduce: there the counts follow the same distribution (Knuth's product of uniforms) but not
 * Spark's sequence, which is why the Scala dialect refuses a seeded sample with replacement there.
 */
final class PoissonSampler {

    private final double fraction;
    private final Random rng;
    private final double q;
    private final boolean gapSampling;
    private int countForDropping;

    PoissonSampler(double fraction, Random rng) {
        this.fraction = fraction;
        this.rng = rng;
        this.q = Math.exp(-fraction);
        this.gapSampling = fraction > 0 && fraction <= BernoulliSampler.GAP_SAMPLING_MAX_FRACTION;
        if (gapSampling) {
            advance();
        }
    }

    /** How many copies of the next record the sample holds. */
    int copies() {
        if (fraction <= 0) {
            return 0;
        }
        if (!gapSampling) {
            return knuth();
        }
        if (countForDropping > 0) {
            countForDropping--;
            return 0;
        }
        int r = poissonAtLeastOne();
        advance();
        return r;
    }

    private int poissonAtLeastOne() {
        double pp = q + (1.0 - q) * rng.nextDouble();
        int r = 1;
        pp *= rng.nextDouble();
        while (pp > q) {
            r++;
            pp *= rng.nextDouble();
        }
        return r;
    }

    private int knuth() {
        int k = 0;
        double p = rng.nextDouble();
        // exp(-fraction) underflows to 0 for huge fractions; the cap is commons-math3's own bound on the loop
        while (p > q && k < 1000 * fraction) {
            k++;
            p *= rng.nextDouble();
        }
        return k;
    }

    private void advance() {
        double u = Math.max(rng.nextDouble(), BernoulliSampler.RNG_EPSILON);
        countForDropping = (int) (Math.log(u) / -fraction);
    }
}
