package dev.streamlab.lang.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.GuestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Float repr, format specs and %-formatting compared with the real CPython on the machine. */
class PyFormatDifferentialTest {

    private static final String[] SPECS = {"", ">8.2f", "<6d", "^9s", "+.3e", "08.3f", ",", "_x", "#x", "#o", "#b",
        ".2%", "g", ".3g", "10.4g", "e", ".0f", "x", "X", "=+10d", "*^12,.1f", ".1", ".12", "n", "#.3g", "G", ".2",
        "-^7", " d", ",.2f", "_d", ".5s", ">10", "010", "#010x", "E", "F", "%", ".0e", ".0%", "#.0f", "g<9"};

    private static String outcome(Supplier<String> action) {
        try {
            return action.get();
        } catch (GuestException e) {
            return "!" + e.value().type().simpleName();
        }
    }

    private static List<Object> sampleValues(Random random) {
        List<Object> values = new ArrayList<>(List.of(0L, 1L, -1L, 42L, -42L, 255L, 1234567L, true, false, 0.0,
                -0.0, 0.5, 1.5, 2.5, 3.5, 1234.5678, 0.000012345, 1e20, 1e-7, 123456789.125, 0.1, 2.675,
                Double.POSITIVE_INFINITY, Double.NaN, "abc", "", "h\u00e9llo"));
        for (int i = 0; i < 60; i++) {
            values.add(random.nextBoolean() ? Double.longBitsToDouble(random.nextLong()) : random.nextGaussian()
                    * Math.pow(10, random.nextInt(30) - 15));
            values.add(random.nextLong() >> random.nextInt(64));
        }
        values.removeIf(v -> v instanceof Double d && d.isNaN() && Double.doubleToRawLongBits(d) != 0x7ff8000000000000L);
        return values;
    }

    private static String literal(Object value) {
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return "float('" + PyFloats.repr(d) + "')";
            }
        }
        return PyRepr.repr(value);
    }

    @Test
    void floatReprAndFormatSpecsMatchCPython() throws Exception {
        assumeTrue(CPythonOracle.available(), "python3 is not installed");
        List<Object> values = sampleValues(new Random(7));
        List<String> input = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (Object value : values) {
            input.add("repr\t" + literal(value) + "\t");
            expected.add(outcome(() -> PyRepr.repr(value)));
            for (String spec : SPECS) {
                input.add("format\t" + literal(value) + "\t" + spec);
                expected.add(outcome(() -> PyFormat.format(value, spec)));
            }
        }
        String script = """
                import sys
                for line in sys.stdin:
                    mode, literal, spec = line.rstrip('\\n').split('\\t')
                    value = eval(literal)
                    try:
                        out = repr(value) if mode == 'repr' else format(value, spec)
                    except Exception as e:
                        out = '!' + type(e).__name__
                    print(ascii(out))
                """;
        assertMatches(input, expected, CPythonOracle.run(script, input));
    }

    @Test
    void percentFormattingMatchesCPython() throws Exception {
        assumeTrue(CPythonOracle.available(), "python3 is not installed");
        String[] templates = {"%s", "%r", "%d", "%5d", "%-5d|", "%05d", "%+d", "%x", "%#X", "%o", "%.2f", "%8.3f",
            "%e", "%.3g", "%g", "%10s|", "%-10s|", "%.2s", "%c", "%%", "%i", "%5.1f%%", "%s and %s"};
        List<Object> values = List.of(42L, -7L, 3.14159, 1e-9, "txt", 65L, true, Tuple.of(1L, 2L), 2.5,
                123456789L);
        List<String> input = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (String template : templates) {
            for (Object value : values) {
                input.add(PyRepr.repr(template) + "\t" + literal(value));
                expected.add(outcome(() -> PyFormat.percent(template, value)));
            }
        }
        String script = """
                import sys
                for line in sys.stdin:
                    template, _, value = line.rstrip('\\n').partition('\\t')
                    try:
                        out = eval(template) % eval(value)
                    except Exception as e:
                        out = '!' + type(e).__name__
                    print(ascii(out))
                """;
        assertMatches(input, expected, CPythonOracle.run(script, input));
    }

    private static void assertMatches(List<String> input, List<String> ours, List<String> cpython) {
        assertThat(cpython).hasSize(input.size());
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            String mine = PyFormat.ascii(PyRepr.repr(ours.get(i))).replace("\"", "'");
            String theirs = cpython.get(i).replace("\"", "'");
            if (!mine.equals(theirs)) {
                mismatches.add(input.get(i).replace("\t", " | ") + " -> ours " + mine + ", CPython " + theirs);
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
