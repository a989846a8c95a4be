package dev.streamlab.lang.python;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * CPython's float text: {@code repr} is the shortest decimal that reads back as the same double (Java 17's
 * Double.toString is not always shortest), in fixed notation when the exponent is in [-4, 16), else
 * {@code 1e-05}-style; plus the correctly rounded fixed/exponent forms behind {@code format} and {@code round}.
 */
public final class PyFloats {

    private PyFloats() {
    }

    /** Shortest round-tripping digits (no leading/trailing zeros) and the decimal point position: 0.DIGITS × 10^point. */
    record Digits(String digits, int point) {
    }

    static Digits shortest(double positive) {
        BigDecimal exact = new BigDecimal(positive);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == positive) {
                return digitsOf(rounded);
            }
        }
        return digitsOf(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    private static Digits digitsOf(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        return new Digits(digits, digits.length() - stripped.scale());
    }

    public static String repr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0.0" : "0.0";
        }
        String sign = value < 0 ? "-" : "";
        Digits d = shortest(Math.abs(value));
        if (d.point() > -4 && d.point() <= 16) {
            return sign + fixed(d.digits(), d.point(), true);
        }
        return sign + scientific(d.digits(), d.point() - 1, false);
    }

    /** Digits placed around the point; {@code forceFraction} adds ".0" to whole numbers. */
    static String fixed(String digits, int point, boolean forceFraction) {
        StringBuilder out = new StringBuilder();
        if (point <= 0) {
            out.append("0.").append("0".repeat(-point)).append(digits);
        } else if (point >= digits.length()) {
            out.append(digits).append("0".repeat(point - digits.length()));
            if (forceFraction) {
                out.append(".0");
            }
        } else {
            out.append(digits, 0, point).append('.').append(digits, point, digits.length());
        }
        return out.toString();
    }

    static String scientific(String digits, int exponent, boolean upper) {
        StringBuilder out = new StringBuilder().append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        return out.append(exponentText(exponent, upper)).toString();
    }

    static String exponentText(int exponent, boolean upper) {
        String magnitude = Integer.toString(Math.abs(exponent));
        return (upper ? "E" : "e") + (exponent < 0 ? "-" : "+") + (magnitude.length() < 2 ? "0" : "") + magnitude;
    }

    /** {@code '%.Nf'}: correctly rounded (half-even on the exact binary value, as CPython does). */
    public static String toFixed(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return repr(value);
        }
        String text = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return negativeZero(value, text);
    }

    /** {@code '%.Ne'}: N digits after the point, exponent of at least two digits. */
    public static String toExponent(double value, int decimals, boolean upper) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            String text = repr(value);
            return upper ? text.toUpperCase() : text;
        }
        if (value == 0) {
            String zeros = decimals > 0 ? "0." + "0".repeat(decimals) : "0";
            return (1 / value < 0 ? "-" : "") + zeros + exponentText(0, upper);
        }
        BigDecimal rounded = new BigDecimal(Math.abs(value)).round(new MathContext(decimals + 1, RoundingMode.HALF_EVEN));
        String digits = rounded.unscaledValue().toString();
        int exponent = digits.length() - rounded.scale() - 1;
        digits = (digits + "0".repeat(decimals + 1)).substring(0, decimals + 1);
        StringBuilder out = new StringBuilder(value < 0 ? "-" : "").append(digits.charAt(0));
        if (decimals > 0) {
            out.append('.').append(digits, 1, digits.length());
        }
        return out.append(exponentText(exponent, upper)).toString();
    }

    /**
     * {@code 'g'} (or, with {@code reprStyle}, the spec's empty type): {@code precision} significant digits, fixed
     * when the exponent is in [-4, precision) (for the empty type [-4, precision - 1), and whole numbers keep
     * ".0"), trailing zeros dropped unless {@code alternate}.
     */
    public static String toGeneral(double value, int precision, boolean upper, boolean alternate, boolean reprStyle) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            String text = repr(value);
            return upper ? text.toUpperCase() : text;
        }
        int p = Math.max(precision, 1);
        if (value == 0) {
            String zero = alternate ? "0." + "0".repeat(p - 1) : reprStyle ? (p < 2 ? "0e+00" : "0.0") : "0";
            return (1 / value < 0 ? "-" : "") + zero;
        }
        BigDecimal rounded = new BigDecimal(Math.abs(value)).round(new MathContext(p, RoundingMode.HALF_EVEN));
        String digits = rounded.unscaledValue().toString();
        int exponent = digits.length() - rounded.scale() - 1;
        digits = (digits + "0".repeat(p)).substring(0, p);
        if (!alternate) {
            digits = stripZeros(digits);
        }
        String sign = value < 0 ? "-" : "";
        int limit = reprStyle ? p - 1 : p;
        if (exponent >= -4 && exponent < limit) {
            String text = fixed(digits, exponent + 1, reprStyle);
            if (alternate && text.indexOf('.') < 0) {
                text += ".";
            }
            return sign + text;
        }
        String text = scientific(digits, exponent, upper);
        if (alternate && digits.length() == 1) {
            text = text.charAt(0) + "." + text.substring(1);
        }
        return sign + text;
    }

    private static String stripZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    private static String negativeZero(double value, String text) {
        if (value < 0 || (value == 0 && 1 / value < 0)) {
            return text.startsWith("-") ? text : "-" + text;
        }
        return text;
    }

    /** {@code round(x, n)}: correctly rounded, ties to even on the exact binary value. */
    public static double round(double value, long digits) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value == 0) {
            return value;
        }
        if (digits > 330) {
            return value;
        }
        if (digits < -330) {
            return 0.0 * Math.signum(value);
        }
        double result = new BigDecimal(value).setScale((int) digits, RoundingMode.HALF_EVEN).doubleValue();
        return result == 0 ? 0.0 * Math.signum(value) : result;
    }

    /** {@code round(x)}, {@code int(x)}-style conversions need the whole value as a Python int. */
    public static Object roundToInt(double value) {
        return PyInts.fromBigDecimal(new BigDecimal(Math.rint(value)));
    }

    public static Object truncateToInt(double value) {
        return PyInts.fromBigDecimal(new BigDecimal(value).setScale(0, RoundingMode.DOWN));
    }
}
