package dev.streamlab.lang.spark;

import dev.streamlab.engine.NotPairsException;
import dev.streamlab.engine.dstream.DStream;
import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.ast.Position;
import dev.streamlab.lang.python.PyErrors;
import dev.streamlab.lang.python.PyRepr;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.NativeMethod;
import dev.streamlab.lang.runtime.RunContext;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where each stream of the program was created (Spark's creation site), so that a misuse Scala's compiler would
 * reject is reported at the call that made it: a reduce function that does not take two arguments is refused at the
 * call, and a key-value operation that meets an element that is not a pair is reported at the earliest such
 * operation of the program, not where the program waits for its batches.
 */
final class CreationSites {

    private static final Set<String> PAIR_OPERATIONS = Set.of("reduceByKey", "groupByKey", "combineByKey",
            "foldByKey", "mapValues", "flatMapValues", "join", "leftOuterJoin", "rightOuterJoin", "fullOuterJoin",
            "cogroup", "updateStateByKey", "mapWithState", "reduceByKeyAndWindow", "groupByKeyAndWindow",
            "partitionBy");

    private static final Set<String> REDUCERS = Set.of("reduceByKey", "reduce", "reduceByWindow",
            "reduceByKeyAndWindow");

    /** The names Scala and PySpark give the reduce functions of those methods. */
    private static final Set<String> REDUCER_PARAMETERS = Set.of("reduceFunc", "invReduceFunc", "func", "invFunc");

    /** The key-value streams of one run, in the order the program created them, with the method that made each. */
    private final Map<DStream<?>, String> pairStreams = new LinkedHashMap<>();

    private CreationSites() {
    }

    /** Wraps a Spark API method: reduce functions checked at the call, every stream made remembers the call. */
    static NativeMethod tracking(String name, NativeMethod body) {
        if (!PAIR_OPERATIONS.contains(name) && !REDUCERS.contains(name)) {
            return new NativeMethod() {
                @Override
                public Object invoke(RunContext context, Object receiver, Object[] args) {
                    return remember(context, name, receiver, body.invoke(context, receiver, args));
                }

                @Override
                public Object invokeWithKeywords(RunContext context, Object receiver, Object[] positional,
                                                 String[] names, Object[] values) {
                    return remember(context, name, receiver,
                            body.invokeWithKeywords(context, receiver, positional, names, values));
                }
            };
        }
        return new NativeMethod() {
            @Override
            public Object invoke(RunContext context, Object receiver, Object[] args) {
                checkReducers(context, name, receiver, args);
                return remember(context, name, receiver, body.invoke(context, receiver, args));
            }

            @Override
            public Object invokeWithKeywords(RunContext context, Object receiver, Object[] positional,
                                             String[] names, Object[] values) {
                checkReducers(context, name, receiver, positional);
                for (int i = 0; i < names.length; i++) {
                    if (REDUCER_PARAMETERS.contains(names[i])) {
                        checkReducers(context, name, receiver, new Object[] {values[i]});
                    }
                }
                return remember(context, name, receiver,
                        body.invokeWithKeywords(context, receiver, positional, names, values));
            }
        };
    }

    private static Object remember(RunContext context, String name, Object receiver, Object result) {
        if (result instanceof DStream<?> stream) {
            stream.creationSite(context.callSite());
            if (stream.site() == null && context.callSite() != null) {
                // As Spark's UI names a stream: the operation and where the program called it.
                stream.describedAs(name).withSite(context.programName() + ":" + context.callSite().line());
            }
            if (receiver instanceof DStream<?> && PAIR_OPERATIONS.contains(name)) {
                context.service(Driver.class).creationSites().pairStreams.putIfAbsent(stream, name);
            }
        }
        return result;
    }

    /** Scala's compiler and Python's call both reject a reduce function that does not take two arguments. */
    private static void checkReducers(RunContext context, String name, Object receiver, Object[] args) {
        if (!REDUCERS.contains(name) || !(receiver instanceof DStream<?>)) {
            return;
        }
        int functions = name.equals("reduceByKeyAndWindow") || name.equals("reduceByWindow") ? 2 : 1;
        for (int i = 0; i < Math.min(functions, args.length); i++) {
            if (args[i] instanceof LangFunction f && f.arity() >= 0 && f.arity() != 2) {
                throw arityError(context, name, f);
            }
        }
    }

    private static RuntimeException arityError(RunContext context, String name, LangFunction f) {
        Position site = context.callSite();
        if (isPython(context)) {
            return PyErrors.typeError(f.name() + "() takes " + f.arity() + " positional argument"
                    + (f.arity() == 1 ? "" : "s") + " but 2 were given").at(site);
        }
        return new SparkApiException("spark.stream.reduceArity", site, name, f.arity(), "spark.hint.reduceArity");
    }

    private static boolean isPython(RunContext context) {
        return context.semantics().language() == Language.PYTHON;
    }

    static CreationSites create() {
        return new CreationSites();
    }

    /**
     * The job failure as the program should see it: an element that is not a pair, reported at the first key-value
     * operation the program created (in Python with the words PySpark's worker would raise unpacking it).
     */
    RuntimeException located(Language language, RuntimeException failure) {
        if (!(failure instanceof NotPairsException notPairs) || pairStreams.isEmpty()) {
            return failure;
        }
        Map.Entry<DStream<?>, String> first = pairStreams.entrySet().iterator().next();
        Position site = first.getKey().creationSite() instanceof Position p ? p : null;
        Object element = notPairs.element();
        if (language == Language.PYTHON) {
            RuntimeException unpack = unpackError(element, site);
            if (unpack != null) {
                return unpack;
            }
        }
        String shown = language == Language.PYTHON ? PyRepr.repr(element) : String.valueOf(element);
        return new SparkApiException("spark.stream.notPairs", site, first.getValue(), shown, "spark.hint.pairs");
    }

    /** What {@code for k, v in iterator} raises in PySpark's worker, or null when Python would unpack it. */
    private static RuntimeException unpackError(Object element, Position site) {
        long size;
        if (element instanceof String s) {
            size = s.codePointCount(0, s.length());
        } else if (element instanceof Collection<?> c) {
            size = c.size();
        } else if (element instanceof dev.streamlab.engine.Tuple t) {
            size = t.arity();
        } else {
            return PyErrors.typeError("cannot unpack non-iterable " + PyRepr.typeName(element) + " object").at(site);
        }
        if (size < 2) {
            return PyErrors.valueError("not enough values to unpack (expected 2, got " + size + ")").at(site);
        }
        if (size > 2) {
            return PyErrors.valueError("too many values to unpack (expected 2)").at(site);
        }
        return null;
    }
}
