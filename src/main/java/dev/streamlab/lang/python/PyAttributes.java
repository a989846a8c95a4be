package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.ClassValue;
import dev.streamlab.lang.runtime.ErrorValue;
import dev.streamlab.lang.runtime.LangFunction;

/**
 * Data attributes of built-in values ({@code e.args}, {@code dt.year}, {@code r.start}); methods are registered
 * natives instead. Dunder attributes are a wall of the sandbox ({@code x.__class__.__bases__} is the classic escape),
 * except the harmless {@code __name__} of functions and classes.
 */
final class PyAttributes {

    private PyAttributes() {
    }

    static void checkAllowed(String name) {
        if (name.startsWith("__") && name.endsWith("__") && name.length() > 4) {
            throw new PyLabException("python.sandbox.dunder", null, name);
        }
    }

    static Object get(Object receiver, String name) {
        if (name.equals("__name__")) {
            if (receiver instanceof ClassValue cls) {
                return cls.className();
            }
            if (receiver instanceof LangFunction f) {
                return f.name();
            }
        }
        checkAllowed(name);
        if (receiver instanceof ErrorValue error) {
            if (error.type() == PyErrors.JSON_DECODE_ERROR && !name.equals("args")) {
                return PyJson.decodeErrorAttribute(error, name);
            }
            return name.equals("args") ? Tuple.of(error.args()) : null;
        }
        if (receiver instanceof PyDateTime dt) {
            return switch (name) {
                case "year" -> (long) dt.value().getYear();
                case "month" -> (long) dt.value().getMonthValue();
                case "day" -> (long) dt.value().getDayOfMonth();
                case "hour" -> (long) dt.value().getHour();
                case "minute" -> (long) dt.value().getMinute();
                case "second" -> (long) dt.value().getSecond();
                case "microsecond" -> (long) dt.microsecond();
                default -> null;
            };
        }
        if (receiver instanceof PyTimedelta td) {
            return switch (name) {
                case "days" -> td.days();
                case "seconds" -> (long) td.seconds();
                case "microseconds" -> (long) td.microseconds();
                default -> null;
            };
        }
        if (receiver instanceof PyRange range) {
            return switch (name) {
                case "start" -> range.start();
                case "stop" -> range.stop();
                case "step" -> range.step();
                default -> null;
            };
        }
        if (receiver instanceof PySlice slice) {
            return switch (name) {
                case "start" -> slice.lower();
                case "stop" -> slice.upper();
                case "step" -> slice.step();
                default -> null;
            };
        }
        if (receiver instanceof ResultIterable values && name.equals("data")) {
            return new java.util.ArrayList<>(values.data());
        }
        if (receiver instanceof DefaultDict dd && name.equals("default_factory")) {
            return dd.factory();
        }
        return null;
    }
}
