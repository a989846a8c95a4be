package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.Fns.method;

import dev.streamlab.lang.runtime.Budget;
import dev.streamlab.lang.runtime.HostRegistry;
import java.util.Arrays;
import java.util.Optional;

/**
 * String members lessons reach for beyond the first set: the {@code Option}-returning conversions
 * ({@code "12".toIntOption}), {@code stripLineEnd}, {@code repeat}, {@code linesIterator}, {@code toByte} and
 * {@code toShort}, {@code compareToIgnoreCase}, with the JVM's results.
 */
final class ScalaStringExtras {

    private ScalaStringExtras() {
    }

    private static Optional<Object> parsed(java.util.function.Supplier<Object> parse) {
        try {
            return Optional.of(parse.get());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void install(HostRegistry r) {
        Class<String> s = String.class;
        method(r, s, "toIntOption", 0, (x, a) -> parsed(() -> Integer.parseInt(x)));
        method(r, s, "toLongOption", 0, (x, a) -> parsed(() -> Long.parseLong(x)));
        method(r, s, "toDoubleOption", 0, (x, a) -> parsed(() -> Double.parseDouble(x)));
        method(r, s, "toBooleanOption", 0, (x, a) -> x.equalsIgnoreCase("true") ? Optional.of(true)
                : x.equalsIgnoreCase("false") ? Optional.of(false) : Optional.empty());
        method(r, s, "toByte", 0, (x, a) -> Byte.parseByte(x));
        method(r, s, "toShort", 0, (x, a) -> Short.parseShort(x));
        method(r, s, "stripLineEnd", 0, (x, a) -> x.endsWith("\r\n") ? x.substring(0, x.length() - 2)
                : x.endsWith("\n") || x.endsWith("\r") ? x.substring(0, x.length() - 1) : x);
        method(r, s, "stripLeading", 0, (x, a) -> x.stripLeading());
        method(r, s, "stripTrailing", 0, (x, a) -> x.stripTrailing());
        method(r, s, "repeat", 1, (x, a) -> {
            int n = Fns.toInt(a[0]);
            if (n < 0) {
                throw ScalaErrors.ILLEGAL_ARGUMENT.raise("count is negative: " + n);
            }
            Budget.checkSize((long) x.length() * n);
            return x.repeat(n);
        });
        method(r, s, "linesIterator", 0, (x, a) -> ScalaSeq.list(Arrays.asList((Object[]) x.split("\\R"))));
        method(r, s, "compareToIgnoreCase", 1, (x, a) -> x.compareToIgnoreCase(ScalaPrinter.show(a[0])));
        method(r, s, "intern", 0, (x, a) -> x);
        method(r, s, "codePointAt", 1, (x, a) -> x.codePointAt(Fns.toInt(a[0])));
        method(r, s, "headOption", 0, (x, a) -> x.isEmpty() ? Optional.empty() : Optional.of(x.charAt(0)));
        method(r, s, "lastOption", 0, (x, a) -> x.isEmpty() ? Optional.empty()
                : Optional.of(x.charAt(x.length() - 1)));
    }
}
