package dev.streamlab.lang.python;

/**
 * {@code datetime.timedelta}, normalized as CPython keeps it: days (any sign), seconds in [0, 86400),
 * microseconds in [0, 1000000). Prints {@code 0:00:10}, {@code 1 day, 2:03:04.500000}, {@code -1 day, 23:59:50}.
 */
public record PyTimedelta(long days, int seconds, int microseconds) implements PyPrintable, PyTyped,
        Comparable<PyTimedelta> {

    public static PyTimedelta ofMicros(long totalMicros) {
        long days = Math.floorDiv(totalMicros, 86_400_000_000L);
        long rest = Math.floorMod(totalMicros, 86_400_000_000L);
        return new PyTimedelta(days, (int) (rest / 1_000_000L), (int) (rest % 1_000_000L));
    }

    /** From a (possibly fractional) number of seconds, rounded to the microsecond half-even as CPython does. */
    public static PyTimedelta ofSeconds(double seconds) {
        return ofMicros((long) Math.rint(seconds * 1e6));
    }

    public long totalMicros() {
        return days * 86_400_000_000L + seconds * 1_000_000L + microseconds;
    }

    public double totalSeconds() {
        return totalMicros() / 1e6;
    }

    public PyTimedelta negate() {
        return ofMicros(-totalMicros());
    }

    public PyTimedelta plus(PyTimedelta other) {
        return ofMicros(totalMicros() + other.totalMicros());
    }

    @Override
    public String pyStr() {
        StringBuilder out = new StringBuilder();
        if (days != 0) {
            out.append(days).append(Math.abs(days) == 1 ? " day, " : " days, ");
        }
        out.append(seconds / 3600).append(':').append(String.format("%02d:%02d", seconds / 60 % 60, seconds % 60));
        if (microseconds != 0) {
            out.append(String.format(".%06d", microseconds));
        }
        return out.toString();
    }

    @Override
    public String pyRepr() {
        StringBuilder out = new StringBuilder("datetime.timedelta(");
        String separator = "";
        if (days != 0) {
            out.append("days=").append(days);
            separator = ", ";
        }
        if (seconds != 0) {
            out.append(separator).append("seconds=").append(seconds);
            separator = ", ";
        }
        if (microseconds != 0) {
            out.append(separator).append("microseconds=").append(microseconds);
        }
        if (days == 0 && seconds == 0 && microseconds == 0) {
            out.append('0');
        }
        return out.append(')').toString();
    }

    @Override
    public String pyTypeName() {
        return "timedelta";
    }

    @Override
    public int compareTo(PyTimedelta other) {
        return Long.compare(totalMicros(), other.totalMicros());
    }
}
