package dev.streamlab.lang.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.GuestException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PyOpsTest {

    private static String pythonError(Runnable action) {
        try {
            action.run();
        } catch (GuestException e) {
            return PyErrors.describe(e.value());
        }
        return "no error";
    }

    @Test
    void intArithmeticPromotesExactlyAndStaysCanonical() {
        assertThat(PyOps.add(Long.MAX_VALUE, 1L)).isEqualTo(new BigInteger("9223372036854775808"));
        assertThat(PyOps.subtract(PyOps.add(Long.MAX_VALUE, 1L), 1L)).isEqualTo(Long.MAX_VALUE);
        assertThat(PyOps.multiply(1L << 40, 1L << 40)).isEqualTo(BigInteger.ONE.shiftLeft(80));
        assertThat(PyOps.power(2L, 100L)).isEqualTo(BigInteger.ONE.shiftLeft(100));
        assertThat(PyOps.power(2L, -1L)).isEqualTo(0.5);
        assertThat(PyOps.add(true, 1L)).isEqualTo(2L);
        assertThat(PyOps.negate(Long.MIN_VALUE)).isEqualTo(new BigInteger("9223372036854775808"));
    }

    @Test
    void divisionFollowsPython() {
        assertThat(PyOps.trueDivide(7L, 2L)).isEqualTo(3.5);
        assertThat(PyOps.trueDivide(4L, 2L)).isEqualTo(2.0);
        assertThat(PyOps.floorDivide(-7L, 2L)).isEqualTo(-4L);
        assertThat(PyOps.modulo(-7L, 2L)).isEqualTo(1L);
        assertThat(PyOps.modulo(7L, -2L)).isEqualTo(-1L);
        assertThat(PyOps.floorDivide(-7.0, 2L)).isEqualTo(-4.0);
        assertThat(PyOps.modulo(-7.5, 2L)).isEqualTo(0.5);
        assertThat(pythonError(() -> PyOps.trueDivide(1L, 0L))).isEqualTo("ZeroDivisionError: division by zero");
        assertThat(pythonError(() -> PyOps.floorDivide(1L, 0L)))
                .isEqualTo("ZeroDivisionError: integer division or modulo by zero");
        assertThat(pythonError(() -> PyOps.trueDivide(1.0, 0L)))
                .isEqualTo("ZeroDivisionError: float division by zero");
    }

    @Test
    void sequencesConcatenateAndRepeat() {
        assertThat(PyOps.multiply("ab", 3L)).isEqualTo("ababab");
        assertThat(PyOps.multiply(2L, "ab")).isEqualTo("abab");
        assertThat(PyOps.multiply("ab", -1L)).isEqualTo("");
        assertThat(PyOps.add(new ArrayList<>(List.of(1L)), new ArrayList<>(List.of(2L)))).isEqualTo(List.of(1L, 2L));
        assertThat(PyOps.add(Tuple.of(1L), Tuple.of(2L))).isEqualTo(Tuple.of(1L, 2L));
        assertThat(PyOps.modulo("%s has %d (%.2f%%)", Tuple.of("a", 3L, 12.345))).isEqualTo("a has 3 (12.35%)");
    }

    @Test
    void typeErrorsNameBothOperands() {
        assertThat(pythonError(() -> PyOps.add(1L, "a")))
                .isEqualTo("TypeError: unsupported operand type(s) for +: 'int' and 'str'");
        assertThat(pythonError(() -> PyOps.add("a", 1L)))
                .isEqualTo("TypeError: can only concatenate str (not \"int\") to str");
        assertThat(pythonError(() -> PyCompare.compare(1L, "a", "<")))
                .isEqualTo("TypeError: '<' not supported between instances of 'int' and 'str'");
    }

    @Test
    void comparisonsAcrossNumericTypes() {
        assertThat(PyCompare.equal(1L, 1.0)).isTrue();
        assertThat(PyCompare.equal(true, 1L)).isTrue();
        assertThat(PyCompare.equal(List.of(1L), List.of(1.0))).isTrue();
        assertThat(PyCompare.equal(List.of(1L), Tuple.of(1L))).isFalse();
        assertThat(PyCompare.equal(Double.NaN, Double.NaN)).isFalse();
        assertThat(PyCompare.compare(Tuple.of(1L, "b"), Tuple.of(1L, "c"), "<")).isNegative();
        assertThat(PyCompare.compare("\uFFFF", "\uD83D\uDE00", "<")).isNegative();
    }

    @Test
    void truthiness() {
        assertThat(PyOps.isTruthy(null)).isFalse();
        assertThat(PyOps.isTruthy(0L)).isFalse();
        assertThat(PyOps.isTruthy(0.0)).isFalse();
        assertThat(PyOps.isTruthy("")).isFalse();
        assertThat(PyOps.isTruthy(List.of())).isFalse();
        assertThat(PyOps.isTruthy(Tuple.of())).isFalse();
        assertThat(PyOps.isTruthy("0")).isTrue();
        assertThat(PyOps.isTruthy(new PyRange(0, 0, 1))).isFalse();
    }

    @Test
    void indexingAndSlicing() {
        List<Object> xs = new ArrayList<>(List.of(0L, 1L, 2L, 3L, 4L));
        assertThat(PySequences.getItem(xs, -1L)).isEqualTo(4L);
        assertThat(PySequences.getItem(xs, new PySlice(null, null, -2L))).isEqualTo(List.of(4L, 2L, 0L));
        assertThat(PySequences.getItem(xs, new PySlice(1L, -1L, null))).isEqualTo(List.of(1L, 2L, 3L));
        assertThat(PySequences.getItem("h\u00e9\uD83D\uDE00!", 2L)).isEqualTo("\uD83D\uDE00");
        assertThat(PySequences.getItem("hello", new PySlice(null, null, -1L))).isEqualTo("olleh");
        assertThat(PySequences.len("\uD83D\uDE00")).isEqualTo(1);
        assertThat(pythonError(() -> PySequences.getItem(xs, 5L)))
                .isEqualTo("IndexError: list index out of range");
        assertThat(pythonError(() -> PySequences.getItem(new java.util.HashMap<>(), "k")))
                .isEqualTo("KeyError: 'k'");
        assertThat(pythonError(() -> PySequences.getItem(xs, "a")))
                .isEqualTo("TypeError: list indices must be integers or slices, not str");
        assertThat(PySequences.getItem(new PyRange(0, 10, 2), new PySlice(1L, null, null)))
                .isEqualTo(new PyRange(2, 10, 2));
    }

    @Test
    void intParsingMatchesIntBuiltin() {
        assertThat(PyInts.parse(" 42\n", 10)).isEqualTo(42L);
        assertThat(PyInts.parse("-1_000", 10)).isEqualTo(-1000L);
        assertThat(PyInts.parse("ff", 16)).isEqualTo(255L);
        assertThat(PyInts.parse("0x1F", 0)).isEqualTo(31L);
        assertThat(pythonError(() -> PyInts.parse("x", 10)))
                .isEqualTo("ValueError: invalid literal for int() with base 10: 'x'");
        assertThat(pythonError(() -> PyInts.parse("1.5", 10)))
                .isEqualTo("ValueError: invalid literal for int() with base 10: '1.5'");
    }
}
