package dev.streamlab.lang.python;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CPython's Mersenne Twister, as {@code python3} prints it after {@code random.Random(seed)} and ten randint(0, 1). */
class PythonRandomTest {

    private static double[] draws(long seed) {
        PythonRandom random = new PythonRandom(seed);
        for (int i = 0; i < 10; i++) {
            random.randint(0, 1);
        }
        return new double[] {random.random(), random.random(), random.random(), random.getrandbits(7)};
    }

    @Test
    void drawsWhatCPythonDrawsForTheSameSeed() {
        assertThat(draws(0)).containsExactly(0.5046868558173903, 0.28183784439970383, 0.7558042041572239, 79);
        assertThat(draws(1)).containsExactly(0.48785665652414756, 0.8933170425576351, 0.3898088070211341, 77);
        assertThat(draws(4)).containsExactly(0.5494018488970029, 0.2893757507238711, 0.9900248256710366, 7);
        assertThat(draws(123456789012L)).containsExactly(0.815140913375772, 0.952023495193482, 0.19310785968320965,
                46);
    }

    /** python3: {@code r = random.Random(42)}, {@code r.shuffle(list(range(10)))}, two
     * {@code r.randint(0, sys.maxsize)}, {@code r.expovariate(0.5)}. */
    @Test
    void shufflesAndDrawsLargeIntegersAsCPythonDoes() {
        PythonRandom random = new PythonRandom(42);
        List<Integer> items = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        random.shuffle(items);
        assertThat(items).containsExactly(7, 3, 2, 8, 5, 6, 9, 4, 0, 1);
        assertThat(random.randomSize()).isEqualTo(7783083932390163561L);
        assertThat(random.randomSize()).isEqualTo(549661728470919411L);
        assertThat(random.expovariate(0.5)).isEqualTo(0.19675929931691266);
    }
}
