package dev.streamlab.lang.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamlab.engine.Tuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PyReprTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.1|0.1", "1e-05|1e-05", "10000000.0|10000000.0", "1e16|1e+16", "1e15|1000000000000000.0",
        "123456789012345678.0|1.2345678901234568e+17", "0.0001|0.0001", "-0.0|-0.0", "Infinity|inf",
        "-Infinity|-inf", "NaN|nan", "2.5|2.5", "0.3333333333333333|0.3333333333333333", "4.9e-324|5e-324",
        "1.7976931348623157e308|1.7976931348623157e+308", "100.0|100.0", "9999999999999998.0|9999999999999998.0",
        "1e22|1e+22", "1.5e-7|1.5e-07", "2.82879384806159e17|2.82879384806159e+17", "3.5|3.5"})
    void floatsPrintWithCPythonsShortestRepr(double value, String expected) {
        assertThat(PyFloats.repr(value)).isEqualTo(expected);
        assertThat(PyRepr.str(value)).isEqualTo(expected);
    }

    @Test
    void stringReprPicksQuotesAndEscapes() {
        assertThat(PyRepr.repr("it's")).isEqualTo("\"it's\"");
        assertThat(PyRepr.repr("a\"b")).isEqualTo("'a\"b'");
        assertThat(PyRepr.repr("both ' and \"")).isEqualTo("'both \\' and \"'");
        assertThat(PyRepr.repr("tab\there\n")).isEqualTo("'tab\\there\\n'");
        assertThat(PyRepr.repr("\u0000\u007f\u00a0\u200b\uD83D\uDE00\u00e9\\"))
                .isEqualTo("'\\x00\\x7f\\xa0\\u200b\uD83D\uDE00\u00e9\\\\'");
        assertThat(PyRepr.repr("\u4e5f\u53ef\u4ee5")).isEqualTo("'\u4e5f\u53ef\u4ee5'");
    }

    @Test
    void containersShowTheReprOfTheirItems() {
        assertThat(PyRepr.str(Tuple.pair("Hello", 1L))).isEqualTo("('Hello', 1)");
        List<Object> list = new ArrayList<>(List.of(1L, "a", true, 1.5));
        list.add(null);
        assertThat(PyRepr.str(list)).isEqualTo("[1, 'a', True, 1.5, None]");
        Map<Object, Object> dict = new LinkedHashMap<>();
        dict.put("a", Tuple.of(1L, new ArrayList<>(List.of(2L))));
        assertThat(PyRepr.str(dict)).isEqualTo("{'a': (1, [2])}");
        assertThat(PyRepr.str(Tuple.of(1L))).isEqualTo("(1,)");
        assertThat(PyRepr.str(Tuple.of())).isEqualTo("()");
        assertThat(PyRepr.str(new LinkedHashSet<>())).isEqualTo("set()");
        assertThat(PyRepr.str(new LinkedHashSet<>(List.of(1L, 2L)))).isEqualTo("{1, 2}");
        assertThat(PyRepr.str(Tuple.pair("a", Tuple.pair(1L, null)))).isEqualTo("('a', (1, None))");
        assertThat(PyRepr.str(new BigInteger("123456789012345678901234567890")))
                .isEqualTo("123456789012345678901234567890");
        assertThat(PyRepr.str("raw")).isEqualTo("raw");
    }

    @Test
    void resultIterablePrintsAsAnObjectAddress() {
        ResultIterable values = new ResultIterable(List.of(1L, 2L));
        assertThat(PyRepr.str(values)).matches("<pyspark\\.resultiterable\\.ResultIterable object at 0x7f[0-9a-f]{10}>");
        assertThat(PySequences.len(values)).isEqualTo(2);
        assertThat(PySequences.toList(values)).containsExactly(1L, 2L);
        assertThat(PyAttributes.get(values, "data")).isEqualTo(List.of(1L, 2L));
    }

    @Test
    void batchTimesPrintLikePythonDatetimes() {
        assertThat(PyRepr.str(PyDateTime.fromEpochMillis(10_000, java.time.ZoneOffset.UTC)))
                .isEqualTo("1970-01-01 00:00:10");
        assertThat(PyRepr.str(PyDateTime.fromEpochMillis(1_500, java.time.ZoneOffset.UTC)))
                .isEqualTo("1970-01-01 00:00:01.500000");
        PyDateTime t = PyDateTime.of(2024, 5, 1, 12, 0, 1, 0);
        assertThat(t.pyRepr()).isEqualTo("datetime.datetime(2024, 5, 1, 12, 0, 1)");
        assertThat(t.strftime("%Y/%m/%d %H-%M-%S %a %b %%")).isEqualTo("2024/05/01 12-00-01 Wed May %");
        assertThat(t.isoformat("T")).isEqualTo("2024-05-01T12:00:01");
        assertThat(PyRepr.str(PyOps.subtract(t, PyDateTime.of(2024, 4, 30, 12, 0, 11, 0)))).isEqualTo("23:59:50");
        assertThat(PyRepr.str(PyTimedelta.ofMicros(-10_000_000L))).isEqualTo("-1 day, 23:59:50");
        assertThat(PyRepr.str(PyOps.add(t, PyTimedelta.ofSeconds(90061.5)))).isEqualTo("2024-05-02 13:01:02.500000");
    }
}
