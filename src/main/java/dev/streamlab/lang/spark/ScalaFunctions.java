package dev.streamlab.lang.spark;

import dev.streamlab.engine.PerTask;
import dev.streamlab.engine.Time;
import dev.streamlab.engine.dstream.PairDStreamFunctions;
import dev.streamlab.engine.dstream.StateSpec;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.RunContext;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Scala functions as the engine calls them. Scala's {@code Option} is {@code java.util.Optional} in the lab, and
 * every Scala collection is a {@code java.lang.Iterable}, so most adapters are the function itself.
 */
final class ScalaFunctions {

    private ScalaFunctions() {
    }

    static Function<Object, Iterable<?>> flat(RunContext context, LangFunction f) {
        return new Flat(context, f);
    }

    /** A flatMap function: the student's function, its result made iterable; each task copies it like a closure. */
    private record Flat(RunContext context, LangFunction f) implements Function<Object, Iterable<?>>, PerTask {
        @Override
        public Iterable<?> apply(Object x) {
            return Values.iterable(context, f.call1(x));
        }

        @Override
        public Object copyForTask() {
            return new Flat(context, f.taskCopy());
        }
    }

    static BiFunction<Object, Object, Object> binary(LangFunction f) {
        return f.asBiFunction();
    }

    static Optional<Object> option(Object value, String function) {
        if (value instanceof Optional<?> o) {
            @SuppressWarnings("unchecked")
            Optional<Object> option = (Optional<Object>) o;
            return option;
        }
        throw new SparkApiException("spark.update.notOption", null, function, String.valueOf(value));
    }

    /** {@code StateSpec.function}: (key, value, state) emits its result; (time, key, value, state) an Option. */
    static StateSpec.MappingFunction mapping(LangFunction f) {
        int arity = f.arity();
        if (arity == 4) {
            return (time, key, value, state) -> option(f.call(new Object[] {time, key, value, state}), f.name());
        }
        if (arity == 3 || arity < 0) {
            return (time, key, value, state) -> Optional.ofNullable(f.call(new Object[] {key, value, state}));
        }
        throw new SparkApiException("spark.stateSpec.arity", null, f.name(), arity);
    }

    /** {@code updateStateByKey}: (values, state) or (time, key, values, state), each returning an Option. */
    static PairDStreamFunctions.KeyedUpdate update(LangFunction f) {
        int arity = f.arity();
        if (arity == 4) {
            return (time, key, values, state) ->
                    option(f.call(new Object[] {time, key, values, state}), f.name());
        }
        if (arity == 2 || arity < 0) {
            return (time, key, values, state) -> option(f.call2(values, state), f.name());
        }
        throw new SparkApiException("spark.update.arity", null, f.name(), arity);
    }

    /** {@code transform}/{@code foreachRDD} functions take the RDD, or the RDD and the batch time. */
    static boolean takesTime(LangFunction f) {
        return f.arity() == 2;
    }

    static Object call(LangFunction f, Object rdd, Time time) {
        return takesTime(f) ? f.call2(rdd, time) : f.call1(rdd);
    }

    static List<Object> list(RunContext context, Object value) {
        return Values.list(context, value);
    }
}
