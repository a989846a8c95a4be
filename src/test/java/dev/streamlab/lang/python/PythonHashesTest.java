package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PythonHashesTest {

    private static final int SAMPLES = 300;

    @BeforeAll
    static void needsPython() {
        assumeTrue(CPython.available(), "python3 is not on the PATH");
    }

    @Test
    void stringsOfEveryWidthHashAsCPython() throws Exception {
        RandomPythonValues values = new RandomPythonValues(1);
        List<Object> keys = new ArrayList<>(List.of("", "a", "Hello", "Spark", "hi", "é", "ÿ", "ā", "привет",
                "中文", "😀", "a😀", "12345678", "1234567", "123456789", "\u0000", "\uffff", "\ud7ff\ud800"));
        for (int i = 0; i < SAMPLES; i++) {
            keys.add(values.string());
        }
        assertSameAsCPython(keys);
    }

    @Test
    void intsHashModuloTheMersennePrimeAsCPython() throws Exception {
        RandomPythonValues values = new RandomPythonValues(2);
        List<Object> keys = new ArrayList<>(List.of(-1L, BigInteger.ONE.shiftLeft(200), BigInteger.ONE.negate()));
        for (int i = 0; i < SAMPLES; i++) {
            keys.add(values.integer());
        }
        assertSameAsCPython(keys);
    }

    @Test
    void floatsHashAsTheEqualRationalAsCPython() throws Exception {
        RandomPythonValues values = new RandomPythonValues(3);
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            double value = values.aFloat();
            if (!Double.isNaN(value)) {
                keys.add(value);
            }
        }
        assertSameAsCPython(keys);
    }

    @Test
    void tuplesHashAsCPythonAndPortableHashAsPySpark() throws Exception {
        RandomPythonValues values = new RandomPythonValues(4);
        List<Object> keys = new ArrayList<>(List.of(Tuple.of(), Tuple.pair("a", 1L), Tuple.of(true, false)));
        while (keys.size() < SAMPLES) {
            Tuple tuple = values.tuple(2);
            if (!PythonLiterals.of(tuple).contains("nan")) {
                keys.add(tuple);
            }
        }
        assertSameAsCPython(keys);
    }

    @Test
    void boolsHashAsOneAndZero() {
        assertThat(PythonHashes.hash(true)).isEqualTo(PythonHashes.hash(1L)).isEqualTo(1);
        assertThat(PythonHashes.hash(false)).isZero();
    }

    @Test
    void minusOneHashesAsMinusTwo() {
        assertThat(PythonHashes.hash(-1L)).isEqualTo(-2);
        assertThat(PythonHashes.hash(-1.0)).isEqualTo(-2);
    }

    @Test
    void integralFloatsHashAsTheEqualInt() {
        assertThat(PythonHashes.hash(2.0)).isEqualTo(PythonHashes.hash(2L)).isEqualTo(2);
        assertThat(PythonHashes.hash(-0.0)).isZero();
        assertThat(PythonHashes.hash(Double.POSITIVE_INFINITY)).isEqualTo(314159);
    }

    @Test
    void noneAndNanHashToZeroForWantOfAnIdentity() {
        assertThat(PythonHashes.portableHash(null)).isZero();
        assertThat(PythonHashes.hash(Double.NaN)).isZero();
    }

    /** None and NaN hash by identity in CPython 3.11, so the builtin hash of keys holding them is not compared. */
    private static void assertSameAsCPython(List<Object> keys) throws Exception {
        List<String> literals = keys.stream().map(PythonLiterals::of).toList();
        List<String> lines = CPython.hashes(literals);
        assumeTrue(lines.get(0).equals("siphash13"), "python3 hashes str with " + lines.get(0));
        for (int i = 0; i < keys.size(); i++) {
            Object key = keys.get(i);
            String[] expected = lines.get(i + 1).split(" ");
            assertThat(PythonHashes.portableHash(key)).as("portable_hash(%s)", literals.get(i))
                    .isEqualTo(Long.parseLong(expected[0]));
            if (!literals.get(i).contains("None")) {
                assertThat(PythonHashes.hash(key)).as("hash(%s)", literals.get(i))
                        .isEqualTo(Long.parseLong(expected[1]));
            }
        }
    }
}
