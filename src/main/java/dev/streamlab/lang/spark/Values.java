package dev.streamlab.lang.spark;

import dev.streamlab.engine.Duration;
import dev.streamlab.engine.EngineException;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.engine.rdd.Rdd;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.RunContext;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Reading the arguments student code passes to the Spark API, with a clear error when one is of the wrong kind. */
final class Values {

    private Values() {
    }

    static LangFunction function(Object value, String method) {
        if (value instanceof LangFunction f) {
            return f;
        }
        throw new SparkApiException("spark.arg.function", null, method, String.valueOf(value));
    }

    /**
     * A stream argument ({@code union}, joins, {@code transformWith}, {@code ssc.union}); an RDD there is the
     * classic mix-up, answered with the way to combine a batch with an RDD.
     */
    @SuppressWarnings("unchecked")
    static DStream<Object> stream(Object value, String method) {
        if (value instanceof DStream<?> d) {
            return (DStream<Object>) d;
        }
        if (value instanceof Rdd<?>) {
            throw new SparkApiException("spark.arg.dstreamNotRdd", null, method);
        }
        throw new SparkApiException("spark.arg.dstream", null, String.valueOf(value));
    }

    static boolean isFunction(Object value) {
        return value instanceof LangFunction;
    }

    static int integer(Object value, String method) {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof BigInteger b && b.bitLength() < 32) {
            return b.intValue();
        }
        throw new SparkApiException("spark.arg.int", null, method, String.valueOf(value));
    }

    static long longValue(Object value, String method) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        throw new SparkApiException("spark.arg.int", null, method, String.valueOf(value));
    }

    /** A Scala {@code Double} parameter, which also takes whole numbers as Scala widens them. */
    static double number(Object value, String method) {
        if (value instanceof Number n && !(value instanceof java.math.BigDecimal)) {
            return n.doubleValue();
        }
        throw new SparkApiException("spark.arg.number", null, method, String.valueOf(value));
    }

    static String string(Object value, String method) {
        if (value instanceof String s) {
            return s;
        }
        throw new SparkApiException("spark.arg.string", null, method, String.valueOf(value));
    }

    static boolean bool(Object value) {
        return value instanceof Boolean b && b;
    }

    static Duration duration(Object value, String method) {
        if (value instanceof Duration d) {
            return d;
        }
        throw new SparkApiException("spark.arg.duration", null, method, String.valueOf(value));
    }

    /** PySpark's durations: seconds as int or float, truncated to milliseconds by {@code int(s * 1000)}. */
    static Duration seconds(Object value, String method) {
        if (value instanceof Double d) {
            return new Duration((long) (d * 1000));
        }
        if (value instanceof Boolean || value == null) {
            throw new SparkApiException("spark.arg.seconds", null, method, String.valueOf(value));
        }
        if (value instanceof Number n) {
            return new Duration(n.longValue() * 1000);
        }
        throw new SparkApiException("spark.arg.seconds", null, method, String.valueOf(value));
    }

    static Time time(Object value, String method) {
        if (value instanceof Time t) {
            return t;
        }
        throw new SparkApiException("spark.arg.time", null, method, String.valueOf(value));
    }

    /** Any iterable value of the dialect, as a Java list. */
    static List<Object> list(RunContext context, Object value) {
        List<Object> out = new ArrayList<>();
        Iterator<?> it = iterator(context, value);
        while (it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }

    static Iterator<?> iterator(RunContext context, Object value) {
        if (value instanceof Iterable<?> iterable) {
            return iterable.iterator();
        }
        return context.semantics().iterate(value);
    }

    /** What a flatMap function returned, as something the engine can iterate. */
    static Iterable<?> iterable(RunContext context, Object value) {
        if (value instanceof Iterable<?> iterable) {
            return iterable;
        }
        if (value == null) {
            throw new EngineException("java.lang.NullPointerException", "flatMap function returned null",
                    "return an empty collection instead of null");
        }
        return () -> {
            @SuppressWarnings("unchecked")
            Iterator<Object> it = (Iterator<Object>) iterator(context, value);
            return it;
        };
    }
}
