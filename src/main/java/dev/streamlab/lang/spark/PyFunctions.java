package dev.streamlab.lang.spark;

import dev.streamlab.engine.Time;
import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.python.PyDateTime;
import dev.streamlab.lang.python.PyErrors;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.RunContext;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Python functions as the engine calls them. Functions given to transformations run "on the workers", so their
 * prints go to stderr as PySpark's do and they see the globals as pickled ({@link WorkerGlobals}); conditions use
 * Python truthiness; batch times are datetimes.
 */
final class PyFunctions {

    private final RunContext context;
    private final Driver driver;
    private final WorkerGlobals workerGlobals;
    private final Supplier<Object[]> pickledGlobals;

    private PyFunctions(RunContext context, boolean forRdd) {
        this.context = context;
        this.driver = context.service(Driver.class);
        this.workerGlobals = driver.workerGlobals(context);
        if (forRdd) {
            Object[] pickled = workerGlobals.pickled();
            this.pickledGlobals = () -> pickled;
        } else {
            this.pickledGlobals = workerGlobals::batchCopy;
        }
    }

    /** For functions given to DStream methods: pickled anew for every batch. */
    static PyFunctions of(RunContext context) {
        return new PyFunctions(context, false);
    }

    /** For functions given to RDD methods: pickled now, as the driver builds the RDD. */
    static PyFunctions forRdd(RunContext context) {
        return new PyFunctions(context, true);
    }

    RunContext context() {
        return context;
    }

    Driver driver() {
        return driver;
    }

    Object onWorker(Supplier<Object> work) {
        return driver.sink().onWorker(() -> workerGlobals.run(pickledGlobals, work));
    }

    /** Driver code run by a batch (foreachRDD, transform): the batch's worker globals are pickled before it. */
    Object onDriver(Supplier<Object> work) {
        workerGlobals.batchCopy();
        return work.get();
    }

    Function<Object, Object> map(LangFunction f) {
        return x -> onWorker(() -> f.call1(x));
    }

    Predicate<Object> filter(LangFunction f) {
        return x -> context.semantics().isTruthy(onWorker(() -> f.call1(x)));
    }

    Function<Object, Iterable<?>> flat(LangFunction f) {
        return x -> Values.iterable(context, onWorker(() -> f.call1(x)));
    }

    BiFunction<Object, Object, Object> binary(LangFunction f) {
        return (a, b) -> onWorker(() -> f.call2(a, b));
    }

    Function<Iterator<Object>, Iterator<?>> partition(LangFunction f) {
        return it -> Values.iterator(context, onWorker(() -> f.call1(iteratorValue(it))));
    }

    /** What a Python function receives for a partition: an iterator it can loop over once. */
    Object iteratorValue(Iterator<?> records) {
        return (Iterable<Object>) () -> {
            @SuppressWarnings("unchecked")
            Iterator<Object> it = (Iterator<Object>) records;
            return it;
        };
    }

    Object datetime(Time time) {
        return PyDateTime.fromEpochMillis(time.milliseconds(), driver.zone());
    }

    /**
     * dstream.py's assertion when transform/transformWith is called: the function takes {@code rdds} RDDs, or the
     * batch time and then those RDDs.
     */
    static void requireArity(LangFunction f, int rdds, String assertion) {
        int arity = f.arity();
        if (arity >= 0 && arity != rdds && arity != rdds + 1) {
            throw PyErrors.ASSERTION_ERROR.raise(assertion);
        }
    }

    /** {@code f(rdd)} or {@code f(time, rdd)}: PySpark picks by the function's number of parameters. */
    Object callWithOptionalTime(LangFunction f, Object rdd, Time time, String assertion) {
        int arity = f.arity();
        if (arity == 2) {
            return onDriver(() -> f.call2(datetime(time), rdd));
        }
        if (arity == 1 || arity < 0) {
            return onDriver(() -> f.call1(rdd));
        }
        throw PyErrors.ASSERTION_ERROR.raise(assertion);
    }

    Object list(List<?> items) {
        return context.semantics().list(new java.util.ArrayList<>(items));
    }

    /** The engine's outer-join sides ({@code Optional}) as PySpark gives them: the value or None. */
    static Object unwrap(Object value) {
        if (value instanceof Optional<?> o) {
            return o.orElse(null);
        }
        return value;
    }

    static Tuple unwrapSides(Object joined) {
        Tuple t = (Tuple) joined;
        return Tuple.of(unwrap(t.get(0)), unwrap(t.get(1)));
    }
}
