package dev.streamlab.lang.python;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A naive {@code datetime.datetime}, as PySpark hands batch times to {@code foreachRDD} and prints them in
 * {@code pprint}: {@code 2024-05-01 12:00:01} (with {@code .500000} when there are microseconds).
 */
public record PyDateTime(LocalDateTime value) implements PyPrintable, PyTyped, Comparable<PyDateTime> {

    /** The batch time PySpark builds with {@code datetime.fromtimestamp(ms / 1000.0)} in the driver's zone. */
    public static PyDateTime fromEpochMillis(long millis, ZoneId zone) {
        return new PyDateTime(LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), zone));
    }

    public static PyDateTime of(long year, long month, long day, long hour, long minute, long second, long micros) {
        try {
            return new PyDateTime(LocalDateTime.of((int) year, (int) month, (int) day, (int) hour, (int) minute,
                    (int) second, (int) micros * 1000));
        } catch (java.time.DateTimeException bad) {
            throw PyErrors.valueError(bad.getMessage().contains("DayOfMonth")
                    || bad.getMessage().contains("Invalid date") ? "day is out of range for month"
                    : bad.getMessage().contains("MonthOfYear") ? "month must be in 1..12"
                    : bad.getMessage().contains("HourOfDay") ? "hour must be in 0..23"
                    : bad.getMessage().contains("MinuteOfHour") ? "minute must be in 0..59"
                    : bad.getMessage().contains("SecondOfMinute") ? "second must be in 0..59"
                    : "year " + year + " is out of range");
        }
    }

    public int microsecond() {
        return value.getNano() / 1000;
    }

    public PyDateTime plus(PyTimedelta delta) {
        return new PyDateTime(value.plusSeconds(delta.days() * 86_400L + delta.seconds())
                .plusNanos(delta.microseconds() * 1000L));
    }

    public PyDateTime minus(PyTimedelta delta) {
        return plus(delta.negate());
    }

    public PyTimedelta minus(PyDateTime other) {
        long micros = toMicros() - other.toMicros();
        return PyTimedelta.ofMicros(micros);
    }

    private long toMicros() {
        return value.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + microsecond();
    }

    /** {@code timestamp()} of a naive datetime, read in the given zone. */
    public double timestamp(ZoneId zone) {
        Instant instant = value.atZone(zone).toInstant();
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }

    public String isoformat(String separator) {
        String text = String.format("%04d-%02d-%02d%s%02d:%02d:%02d", value.getYear(), value.getMonthValue(),
                value.getDayOfMonth(), separator, value.getHour(), value.getMinute(), value.getSecond());
        return microsecond() == 0 ? text : text + String.format(".%06d", microsecond());
    }

    /** {@code weekday()}: Monday is 0. */
    public int weekday() {
        return value.getDayOfWeek().getValue() - 1;
    }

    public String strftime(String format) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                out.append(c);
                continue;
            }
            char d = format.charAt(++i);
            switch (d) {
                case 'Y' -> out.append(String.format("%04d", value.getYear()));
                case 'y' -> out.append(String.format("%02d", value.getYear() % 100));
                case 'm' -> out.append(String.format("%02d", value.getMonthValue()));
                case 'd' -> out.append(String.format("%02d", value.getDayOfMonth()));
                case 'H' -> out.append(String.format("%02d", value.getHour()));
                case 'I' -> out.append(String.format("%02d", (value.getHour() + 11) % 12 + 1));
                case 'p' -> out.append(value.getHour() < 12 ? "AM" : "PM");
                case 'M' -> out.append(String.format("%02d", value.getMinute()));
                case 'S' -> out.append(String.format("%02d", value.getSecond()));
                case 'f' -> out.append(String.format("%06d", microsecond()));
                case 'j' -> out.append(String.format("%03d", value.getDayOfYear()));
                case 'a' -> out.append(value.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case 'A' -> out.append(value.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'b' -> out.append(value.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case 'B' -> out.append(value.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'w' -> out.append(value.getDayOfWeek().getValue() % 7);
                case 'c' -> out.append(strftime("%a %b ")).append(String.format("%2d", value.getDayOfMonth()))
                        .append(strftime(" %H:%M:%S %Y"));
                case 'x' -> out.append(strftime("%m/%d/%y"));
                case 'X' -> out.append(strftime("%H:%M:%S"));
                case 'z', 'Z' -> { }
                case '%' -> out.append('%');
                default -> out.append('%').append(d);
            }
        }
        return out.toString();
    }

    /** {@code datetime.strptime(text, format)} for the common directives, with CPython's ValueError on a mismatch. */
    public static PyDateTime strptime(String text, String format) {
        StringBuilder regex = new StringBuilder();
        java.util.List<Character> fields = new java.util.ArrayList<>();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                regex.append(Character.isWhitespace(c) ? "\\s+" : java.util.regex.Pattern.quote(String.valueOf(c)));
                continue;
            }
            char d = format.charAt(++i);
            String group = switch (d) {
                case 'Y' -> "(\\d{4})";
                case 'm', 'd', 'H', 'M', 'S', 'I', 'y' -> "(\\d{1,2})";
                case 'j' -> "(\\d{1,3})";
                case 'f' -> "(\\d{1,6})";
                case 'b', 'B', 'a', 'A', 'p' -> "([A-Za-z]+)";
                case 'z' -> "([+-]\\d{4}|Z)";
                case '%' -> "%";
                default -> throw PyErrors.valueError("'" + d + "' is a bad directive in format '%" + d + "'");
            };
            regex.append(group);
            if (d != '%') {
                fields.add(d);
            }
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex.toString()).matcher(text);
        if (!m.matches()) {
            throw PyErrors.valueError("time data " + PyRepr.repr(text) + " does not match format "
                    + PyRepr.repr(format));
        }
        long year = 1900;
        long month = 1;
        long day = 1;
        long hour = 0;
        long minute = 0;
        long second = 0;
        long micros = 0;
        boolean pm = false;
        boolean twelveHour = false;
        for (int g = 0; g < fields.size(); g++) {
            String value = m.group(g + 1);
            switch (fields.get(g)) {
                case 'Y' -> year = Long.parseLong(value);
                case 'y' -> year = Long.parseLong(value) + (Long.parseLong(value) < 69 ? 2000 : 1900);
                case 'm' -> month = Long.parseLong(value);
                case 'd' -> day = Long.parseLong(value);
                case 'H' -> hour = Long.parseLong(value);
                case 'I' -> {
                    hour = Long.parseLong(value);
                    twelveHour = true;
                }
                case 'M' -> minute = Long.parseLong(value);
                case 'S' -> second = Long.parseLong(value);
                case 'f' -> micros = Long.parseLong((value + "00000").substring(0, 6));
                case 'p' -> pm = value.equalsIgnoreCase("PM");
                case 'b', 'B' -> month = monthNumber(value, text, format);
                default -> {
                }
            }
        }
        if (twelveHour) {
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return of(year, month, day, hour, minute, second, micros);
    }

    private static long monthNumber(String name, String text, String format) {
        for (java.time.Month month : java.time.Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            if (full.equalsIgnoreCase(name) || full.substring(0, 3).equalsIgnoreCase(name)) {
                return month.getValue();
            }
        }
        throw PyErrors.valueError("time data " + PyRepr.repr(text) + " does not match format " + PyRepr.repr(format));
    }

    @Override
    public String pyStr() {
        return isoformat(" ");
    }

    @Override
    public String pyRepr() {
        StringBuilder out = new StringBuilder("datetime.datetime(").append(value.getYear()).append(", ")
                .append(value.getMonthValue()).append(", ").append(value.getDayOfMonth()).append(", ")
                .append(value.getHour()).append(", ").append(value.getMinute());
        if (value.getSecond() != 0 || microsecond() != 0) {
            out.append(", ").append(value.getSecond());
        }
        if (microsecond() != 0) {
            out.append(", ").append(microsecond());
        }
        return out.append(')').toString();
    }

    @Override
    public String pyTypeName() {
        return "datetime";
    }

    @Override
    public int compareTo(PyDateTime other) {
        return value.compareTo(other.value);
    }
}
