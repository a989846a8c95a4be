package dev.streamlab.lang.scala;

import dev.streamlab.lang.runtime.GuestException;
import java.util.IllegalFormatException;
import java.util.Locale;

/**
 * {@code f"..."} and {@code "...".format(...)}: Java's formatter, as Scala uses it, with Scala values converted to
 * what the conversion expects (an Int for {@code %.2f} is widened, a Scala value for {@code %s} is printed Scala's
 * way).
 */
final class ScalaFormat {

    private ScalaFormat() {
    }

    static String format(String pattern, Object[] args) {
        Object[] converted = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            converted[i] = convert(args[i]);
        }
        try {
            return String.format(Locale.ROOT, pattern, converted);
        } catch (IllegalFormatException e) {
            throw new GuestException(ScalaErrors.forJavaName(e.getClass().getName()).create(e.getMessage()));
        }
    }

    /** One hole of {@code f"$x%.2f"}: the format applies to that value alone. */
    static String formatOne(String spec, Object value) {
        Object converted = convert(value);
        char conversion = Character.toLowerCase(spec.charAt(spec.length() - 1));
        if ((conversion == 'f' || conversion == 'e' || conversion == 'g') && converted instanceof Number n
                && !(converted instanceof Double) && !(converted instanceof Float)) {
            converted = n.doubleValue();
        }
        if ((conversion == 'd' || conversion == 'x' || conversion == 'o') && converted instanceof Character c) {
            converted = (int) c;
        }
        try {
            return String.format(Locale.ROOT, spec, converted);
        } catch (IllegalFormatException e) {
            throw new GuestException(ScalaErrors.forJavaName(e.getClass().getName()).create(e.getMessage()));
        }
    }

    private static Object convert(Object value) {
        if (value == null || value instanceof Number || value instanceof String || value instanceof Character
                || value instanceof Boolean) {
            return value;
        }
        return ScalaPrinter.show(value);
    }
}
