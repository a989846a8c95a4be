package dev.streamlab.lang.scala;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.Extractor;
import dev.streamlab.lang.runtime.HostObject;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.runtime.NativeFunction;
import dev.streamlab.lang.runtime.PerRun;
import dev.streamlab.lang.runtime.ProgramExit;
import dev.streamlab.lang.runtime.RaisesOnRead;
import dev.streamlab.lang.runtime.RunContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a Scala program sees without imports ({@code println}, {@code Some}, {@code List}, {@code math},
 * {@code System}, ...) and the {@code scala.collection.mutable} classes it imports. {@code System.exit} ends the
 * program, not the JVM; {@code System.getProperty} is not reachable and {@code System.getenv} sees no variables.
 * Iterators are sequences of the elements not yet read ({@code next()} reads one; they print as {@code <iterator>}).
 */
final class ScalaPredef {

    private static final String MUTABLE = "scala.collection.mutable.";

    private ScalaPredef() {
    }

    private static NativeFunction fn(String name, int arity, java.util.function.Function<Object[], Object> body) {
        return new NativeFunction(name, arity, body);
    }

    /** A function needing the run (for its console); resolved when each run starts. */
    private static PerRun printer(String name, boolean newline, boolean toErr) {
        return context -> new NativeFunction(name, -1, args -> {
            print(context, args, newline, toErr);
            return ScalaUnit.INSTANCE;
        });
    }

    private static void print(RunContext context, Object[] args, boolean newline, boolean toErr) {
        if (args.length > 1) {
            throw new LangException("lang.call.arity", null, newline ? "println" : "print", 1, args.length);
        }
        String text = (args.length == 0 ? "" : ScalaPrinter.show(args[0])) + (newline ? "\n" : "");
        if (toErr) {
            context.console().err(text);
        } else {
            context.console().out(text);
        }
    }

    private static Extractor sequenceExtractor(ScalaSeq.Kind kind) {
        return value -> value instanceof List<?> list && (kind == null || !(value instanceof ScalaSeq s)
                || s.kind() == kind || kind == ScalaSeq.Kind.LIST && s.kind() != ScalaSeq.Kind.ARRAY)
                ? list.toArray() : null;
    }

    private static HostObject seqFactory(String name, ScalaSeq.Kind kind, Extractor extractor) {
        HostObject factory = new HostObject(name)
                .apply(fn(name, -1, args -> ScalaSeq.of(kind, Arrays.asList(args))))
                .constructor((types, args) -> kind == ScalaSeq.Kind.ARRAY ? newArray(types, args)
                        : ScalaSeq.empty(kind))
                .extractor(extractor)
                .typeTest(v -> v instanceof List<?>);
        factory.define("empty", kind.growable() ? new PerRunEmpty(() -> ScalaSeq.empty(kind)) : ScalaSeq.empty(kind));
        factory.function("apply", -1, args -> ScalaSeq.of(kind, Arrays.asList(args)));
        factory.function("fill", 1, n -> Fns.curriedByName("fill", elem -> {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Fns.toInt(n[0]); i++) {
                items.add(Fns.force(elem));
            }
            return ScalaSeq.of(kind, items);
        }));
        factory.function("tabulate", 1, n -> Fns.curried("tabulate", f -> {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Fns.toInt(n[0]); i++) {
                items.add(Fns.call1(f, i));
            }
            return ScalaSeq.of(kind, items);
        }));
        factory.function("range", -1, args -> ScalaSeq.of(kind, ScalaSeq.range(Fns.toInt(args[0]),
                Fns.toInt(args[1]), args.length > 2 ? Fns.toInt(args[2]) : 1, false)));
        factory.function("concat", -1, args -> {
            List<Object> items = new ArrayList<>();
            for (Object part : args) {
                items.addAll(ScalaCollections.items(part));
            }
            return ScalaSeq.of(kind, items);
        });
        return factory;
    }

    /** {@code new Array[Int](n)}: n default values of the element type. */
    private static Object newArray(List<String> types, Object[] args) {
        int n = args.length == 0 ? 0 : Fns.toInt(args[0]);
        String type = types.isEmpty() ? "" : types.get(0);
        Object zero = switch (type) {
            case "Int", "Short", "Byte" -> 0;
            case "Long" -> 0L;
            case "Double", "Float" -> 0.0;
            case "Boolean" -> false;
            case "Char" -> '\u0000';
            default -> null;
        };
        return ScalaSeq.array(Collections.nCopies(Math.max(0, n), zero));
    }

    private static HostObject mapFactory(String name, boolean mutable) {
        HostObject factory = new HostObject(name)
                .apply(fn(name, -1, args -> mapOf(mutable, args)))
                .constructor((types, args) -> ScalaMap.empty(mutable))
                .typeTest(v -> v instanceof Map<?, ?>);
        factory.define("empty", mutable ? new PerRunEmpty(() -> ScalaMap.empty(true)) : ScalaMap.empty(false));
        factory.function("apply", -1, args -> mapOf(mutable, args));
        return factory;
    }

    /**
     * A mutable collection's {@code empty} is a new one at every use: one shared instance would carry what one program
     * added into every other program of the server.
     */
    private record PerRunEmpty(Supplier<Object> create) implements PerRun {
        @Override
        public Object resolve(RunContext context) {
            return create.get();
        }
    }

    private static ScalaMap mapOf(boolean mutable, Object[] pairs) {
        Map<Object, Object> entries = new LinkedHashMap<>();
        for (Object pair : pairs) {
            if (!(pair instanceof Tuple t && t.isPair())) {
                throw new LangException("lang.scala.typeMismatch", null, ScalaTypes.name(pair), "(K, V)");
            }
            entries.put(t.key(), t.value());
        }
        return ScalaMap.of(mutable, entries);
    }

    private static HostObject setFactory(String name, boolean mutable) {
        return new HostObject(name)
                .apply(fn(name, -1, args -> ScalaSet.of(mutable, Arrays.asList(args))))
                .constructor((types, args) -> ScalaSet.of(mutable, List.of()))
                .typeTest(v -> v instanceof java.util.Set<?>)
                .define("empty", mutable ? new PerRunEmpty(() -> ScalaSet.of(true, List.of()))
                        : ScalaSet.of(false, List.of()));
    }

    private static HostObject mathObject(String name) {
        HostObject math = new HostObject(name);
        math.function("max", 2, a -> ScalaOrdering.compare(a[0], a[1]) >= 0 ? a[0] : a[1]);
        math.function("min", 2, a -> ScalaOrdering.compare(a[0], a[1]) <= 0 ? a[0] : a[1]);
        math.function("abs", 1, a -> a[0] instanceof Integer i ? Math.abs(i) : a[0] instanceof Long l ? Math.abs(l)
                : (Object) Math.abs(ScalaNumbers.toDouble(a[0])));
        math.function("sqrt", 1, a -> Math.sqrt(ScalaNumbers.toDouble(a[0])));
        math.function("pow", 2, a -> Math.pow(ScalaNumbers.toDouble(a[0]), ScalaNumbers.toDouble(a[1])));
        math.function("floor", 1, a -> Math.floor(ScalaNumbers.toDouble(a[0])));
        math.function("ceil", 1, a -> Math.ceil(ScalaNumbers.toDouble(a[0])));
        math.function("round", 1, a -> a[0] instanceof Float f ? (Object) Math.round(f)
                : (Object) Math.round(ScalaNumbers.toDouble(a[0])));
        math.function("log", 1, a -> Math.log(ScalaNumbers.toDouble(a[0])));
        math.function("log10", 1, a -> Math.log10(ScalaNumbers.toDouble(a[0])));
        math.function("exp", 1, a -> Math.exp(ScalaNumbers.toDouble(a[0])));
        math.function("signum", 1, a -> Math.signum(ScalaNumbers.toDouble(a[0])));
        math.define("Pi", Math.PI).define("PI", Math.PI).define("E", Math.E);
        ScalaMathFunctions.install(math);
        return math;
    }

    private static HostObject systemObject() {
        HostObject out = new HostObject("System.out")
                .define("println", printer("println", true, false))
                .define("print", printer("print", false, false));
        HostObject err = new HostObject("System.err")
                .define("println", printer("println", true, true))
                .define("print", printer("print", false, true));
        return new HostObject("System")
                .define("out", out)
                .define("err", err)
                .function("exit", 1, a -> {
                    throw new ProgramExit(Fns.toInt(a[0]));
                })
                .function("currentTimeMillis", 0, a -> System.currentTimeMillis())
                .function("nanoTime", 0, a -> System.nanoTime())
                .function("getProperty", -1, a -> {
                    throw new LangException("lang.scala.unavailable", null, "System.getProperty");
                })
                .function("getenv", 1, a -> null);
    }

    /** Scala's {@code sys} package object; the sandbox has no system properties or environment to show. */
    private static HostObject sysObject() {
        return new HostObject("sys")
                .function("error", 1, a -> {
                    throw ScalaErrors.RUNTIME.raise(String.valueOf(a[0]));
                })
                .function("exit", 1, a -> {
                    throw new ProgramExit(Fns.toInt(a[0]));
                })
                .define("props", (PerRun) context -> {
                    throw new LangException("lang.scala.unavailable", null, "sys.props");
                })
                .define("env", (PerRun) context -> {
                    throw new LangException("lang.scala.unavailable", null, "sys.env");
                });
    }

    static void install(HostRegistry r) {
        r.global("println", printer("println", true, false));
        r.global("print", printer("print", false, false));
        r.global("printf", (PerRun) context -> new NativeFunction("printf", -1, args -> {
            context.console().out(ScalaFormat.format(ScalaPrinter.show(args[0]),
                    Arrays.copyOfRange(args, 1, args.length)));
            return ScalaUnit.INSTANCE;
        }));
        r.global("???", (RaisesOnRead) () -> ScalaErrors.NOT_IMPLEMENTED.raise("an implementation is missing"));
        r.global("identity", fn("identity", 1, a -> a[0]));
        r.global("classOf", new HostObject("classOf"));
        HostObject some = new HostObject("Some")
                .apply(fn("Some", 1, a -> Optional.ofNullable(a[0])))
                .extractor(v -> v instanceof Optional<?> o && o.isPresent() ? new Object[] {o.get()} : null)
                .typeTest(v -> v instanceof Optional<?> o && o.isPresent());
        r.global("Some", some);
        r.global("None", Optional.empty());
        r.global("Option", new HostObject("Option")
                .apply(fn("Option", 1, a -> Optional.ofNullable(a[0])))
                .define("empty", Optional.empty())
                .function("when", 1, c -> Fns.curriedByName("when",
                        a -> (Boolean) c[0] ? Optional.ofNullable(Fns.force(a)) : Optional.empty()))
                .function("unless", 1, c -> Fns.curriedByName("unless",
                        a -> (Boolean) c[0] ? Optional.empty() : Optional.ofNullable(Fns.force(a))))
                .typeTest(v -> v instanceof Optional<?>));
        HostObject list = seqFactory("List", ScalaSeq.Kind.LIST, sequenceExtractor(ScalaSeq.Kind.LIST));
        r.global("List", list);
        r.global("Seq", seqFactory("Seq", ScalaSeq.Kind.LIST, sequenceExtractor(null)));
        r.global("IndexedSeq", seqFactory("IndexedSeq", ScalaSeq.Kind.VECTOR, sequenceExtractor(null)));
        r.global("Iterable", seqFactory("Iterable", ScalaSeq.Kind.LIST, sequenceExtractor(null)));
        r.global("Vector", seqFactory("Vector", ScalaSeq.Kind.VECTOR, sequenceExtractor(null)));
        r.global("Array", seqFactory("Array", ScalaSeq.Kind.ARRAY, sequenceExtractor(ScalaSeq.Kind.ARRAY)));
        r.global("Nil", ScalaSeq.empty(ScalaSeq.Kind.LIST));
        r.global("Iterator", seqFactory("Iterator", ScalaSeq.Kind.ITERATOR, sequenceExtractor(null))
                .function("single", 1, a -> ScalaSeq.of(ScalaSeq.Kind.ITERATOR, List.of(a[0]))));
        r.global("::", new HostObject("::").extractor(v -> v instanceof List<?> l && !l.isEmpty()
                ? new Object[] {l.get(0), ScalaCollections.slice(v, 1, Integer.MAX_VALUE)} : null));
        r.global("Map", mapFactory("Map", false));
        r.global("Set", setFactory("Set", false));
        r.global("Tuple2", new HostObject("Tuple2").apply(fn("Tuple2", 2, a -> Tuple.pair(a[0], a[1])))
                .extractor(v -> v instanceof Tuple t && t.arity() == 2 ? t.toArray() : null));
        r.global("Tuple3", new HostObject("Tuple3").apply(fn("Tuple3", 3, Tuple::of))
                .extractor(v -> v instanceof Tuple t && t.arity() == 3 ? t.toArray() : null));
        r.global("App", new HostObject("App"));
        r.global("Serializable", new HostObject("Serializable"));
        r.global("Product", new HostObject("Product"));
        r.global("AnyRef", new HostObject("AnyRef"));
        r.global("math", mathObject("math"));
        r.global("Math", mathObject("Math"));
        r.importable("scala.math", mathObject("scala.math"));
        r.global("System", systemObject());
        r.global("sys", sysObject());
        r.byNameArguments("fill", 1, 1, 0).byNameArguments("when", 1, 1, 0).byNameArguments("unless", 1, 1, 0);
        r.global("Thread", new HostObject("Thread").function("sleep", 1, a -> ScalaUnit.INSTANCE));
        // a lab program runs on one thread: a synchronized block is just its body
        r.global("synchronized", fn("synchronized", 1, a -> a[0]));
        r.global("Integer", new HostObject("Integer")
                .function("parseInt", 1, a -> Integer.parseInt(ScalaPrinter.show(a[0])))
                .function("valueOf", 1, a -> Integer.parseInt(ScalaPrinter.show(a[0])))
                .function("toString", 1, a -> ScalaPrinter.show(a[0]))
                .define("MAX_VALUE", Integer.MAX_VALUE).define("MIN_VALUE", Integer.MIN_VALUE));
        r.global("Int", new HostObject("Int").define("MaxValue", Integer.MAX_VALUE)
                .define("MinValue", Integer.MIN_VALUE));
        r.global("Long", new HostObject("Long").define("MaxValue", Long.MAX_VALUE)
                .define("MinValue", Long.MIN_VALUE));
        r.global("Double", new HostObject("Double").define("MaxValue", Double.MAX_VALUE)
                .define("MinValue", -Double.MAX_VALUE).define("PositiveInfinity", Double.POSITIVE_INFINITY)
                .define("NegativeInfinity", Double.NEGATIVE_INFINITY).define("NaN", Double.NaN)
                .function("parseDouble", 1, a -> Double.parseDouble(ScalaPrinter.show(a[0]))));
        r.global("String", new HostObject("String")
                .function("valueOf", 1, a -> ScalaPrinter.show(a[0]))
                .function("format", -1, a -> ScalaFormat.format(ScalaPrinter.show(a[0]),
                        Arrays.copyOfRange(a, 1, a.length))));
        r.importable(MUTABLE + "ArrayBuffer", seqFactory("ArrayBuffer", ScalaSeq.Kind.ARRAY_BUFFER,
                sequenceExtractor(ScalaSeq.Kind.ARRAY_BUFFER)));
        r.importable(MUTABLE + "ListBuffer", seqFactory("ListBuffer", ScalaSeq.Kind.LIST_BUFFER,
                sequenceExtractor(ScalaSeq.Kind.LIST_BUFFER)));
        r.importable(MUTABLE + "Queue", seqFactory("Queue", ScalaSeq.Kind.QUEUE, sequenceExtractor(null)));
        r.importable(MUTABLE + "SynchronizedQueue", seqFactory("SynchronizedQueue", ScalaSeq.Kind.QUEUE,
                sequenceExtractor(null)));
        r.importable(MUTABLE + "HashMap", mapFactory("HashMap", true));
        r.importable(MUTABLE + "Map", mapFactory("Map", true));
        r.importable(MUTABLE + "HashSet", setFactory("HashSet", true));
        r.importable(MUTABLE + "Set", setFactory("Set", true));
        r.importable("scala.collection.immutable.List", list);
        r.importable("scala.collection.immutable.Map", mapFactory("Map", false));
        r.importable("scala.collection.immutable.Set", setFactory("Set", false));
        r.importable("scala.collection.immutable.Vector", seqFactory("Vector", ScalaSeq.Kind.VECTOR,
                sequenceExtractor(null)));
        r.importable("scala.util.control.Breaks", new HostObject("Breaks"));
        r.importable("scala.io.StdIn", new HostObject("StdIn"));
        r.unavailable("java.io", "lang.import.unavailable.files");
        r.unavailable("java.nio", "lang.import.unavailable.files");
        r.unavailable("scala.io.Source", "lang.import.unavailable.files");
        r.unavailable("java.net", "lang.import.unavailable.network");
        r.unavailable("java.lang.reflect", "lang.import.unavailable.reflection");
        r.unavailable("scala.reflect", "lang.import.unavailable.reflection");
        r.unavailable("java.util.concurrent", "lang.import.unavailable.threads");
        r.unavailable("scala.concurrent", "lang.import.unavailable.threads");
        r.unavailable("scala.sys", "lang.import.unavailable.system");
        r.unavailable("sys.process", "lang.import.unavailable.system");
    }
}
