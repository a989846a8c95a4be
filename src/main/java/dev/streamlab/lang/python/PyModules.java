package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.HostObject;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.PerRun;
import dev.streamlab.lang.runtime.ProgramExit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/**
 * The standard-library modules a streaming lesson uses: sys, json, math, re, operator, collections, functools,
 * datetime, time, string, itertools, {@code __future__} (findspark comes with the Spark binding). Modules the lab
 * cannot provide (os, subprocess, socket, kafka, ...) fail at their import line with the reason.
 */
final class PyModules {

    private PyModules() {
    }

    /** Declares a module object and each of its members as importable names. */
    static final class Module {
        private final HostRegistry registry;
        private final String name;
        private final HostObject object;

        Module(HostRegistry registry, String name) {
            this.registry = registry;
            this.name = name;
            this.object = new HostObject(name).printedAs("<module '" + name + "' (built-in)>");
        }

        Module value(String member, Object value) {
            object.define(member, value);
            registry.importable(name + "." + member, value);
            return this;
        }

        Module function(String member, Function<PyCall, Object> body) {
            return value(member, new PyNative(member, body));
        }

        void register() {
            registry.importable(name, object);
        }
    }

    static void install(HostRegistry registry) {
        sys(registry);
        json(registry);
        math(registry);
        re(registry);
        operator(registry);
        collections(registry);
        functools(registry);
        datetime(registry);
        time(registry);
        string(registry);
        itertools(registry);
        Module future = new Module(registry, "__future__");
        for (String feature : List.of("print_function", "division", "absolute_import", "unicode_literals",
                "generators", "with_statement", "nested_scopes", "annotations")) {
            future.value(feature, true);
        }
        future.register();
        unavailable(registry);
    }

    private static void unavailable(HostRegistry registry) {
        for (String module : List.of("os", "subprocess", "signal", "shutil", "click", "platform", "resource")) {
            registry.unavailable(module, "lang.import.unavailable.system");
        }
        for (String module : List.of("socket", "socketserver", "select", "ssl", "http", "urllib", "requests",
                "ftplib", "smtplib", "kafka", "pika", "redis", "pymongo", "pymysql", "psycopg2", "mysql",
                "cassandra", "boto3")) {
            registry.unavailable(module, "lang.import.unavailable.network");
        }
        for (String module : List.of("io", "pathlib", "glob", "tempfile", "pickle", "shelve", "sqlite3", "csv",
                "fileinput")) {
            registry.unavailable(module, "lang.import.unavailable.files");
        }
        for (String module : List.of("threading", "multiprocessing", "concurrent", "asyncio", "queue")) {
            registry.unavailable(module, "lang.import.unavailable.threads");
        }
        for (String module : List.of("ctypes", "importlib", "inspect", "gc", "builtins", "types", "code")) {
            registry.unavailable(module, "lang.import.unavailable.reflection");
        }
    }

    /** {@code sys.exit(status)} (and the {@code exit()}/{@code quit()} built-ins): ends the program, not the JVM. */
    static final PerRun EXIT = context -> new PyNative("exit", c -> {
        c.expect(0, 1);
        Object code = c.arg(0, "status", null);
        if (code == null) {
            throw new ProgramExit(0);
        }
        if (PyInts.isInt(code)) {
            throw new ProgramExit((int) c.intArg(code, "status"));
        }
        context.console().err(PyRepr.str(code) + "\n");
        throw new ProgramExit(1);
    }, context);

    private static void sys(HostRegistry registry) {
        new Module(registry, "sys")
                .value("argv", (PerRun) context -> {
                    List<Object> argv = new ArrayList<>();
                    argv.add(context.programName());
                    argv.addAll(context.args());
                    return argv;
                })
                .value("exit", EXIT)
                .value("stdout", PyTextStream.STDOUT)
                .value("stderr", PyTextStream.STDERR)
                .value("maxsize", Long.MAX_VALUE)
                .value("version", "3.11.7 (StreamLab)")
                .value("platform", "linux")
                .function("getrecursionlimit", c -> 1000L)
                .function("setrecursionlimit", c -> null)
                .register();
    }

    private static void json(HostRegistry registry) {
        new Module(registry, "json")
                .function("loads", c -> {
                    Object text = c.arg(0, "s");
                    if (!(text instanceof String s)) {
                        throw PyErrors.typeError("the JSON object must be str, bytes or bytearray, not "
                                + PyRepr.typeName(text));
                    }
                    return PyJson.loads(s);
                })
                .function("dumps", c -> {
                    c.expect(1, 1, "indent", "separators", "sort_keys", "ensure_ascii", "default", "skipkeys");
                    Object indent = c.keyword("indent", null);
                    String indentText = indent == null ? null : PyInts.isInt(indent)
                            ? " ".repeat((int) Math.max(0, c.intArg(indent, "indent"))) : PyRepr.str(indent);
                    Object separators = c.keyword("separators", null);
                    String item = indentText == null ? ", " : ",";
                    String key = ": ";
                    if (separators instanceof Tuple t && t.arity() == 2) {
                        item = PyRepr.str(t.get(0));
                        key = PyRepr.str(t.get(1));
                    }
                    return PyJson.dumps(c.arg(0, "obj"), new PyJson.Options(indentText, item, key,
                            PyOps.isTruthy(c.keyword("sort_keys", false)),
                            PyOps.isTruthy(c.keyword("ensure_ascii", true))));
                })
                .function("load", c -> {
                    throw new PyLabException("python.sandbox.files", null, "json.load()");
                })
                .function("dump", c -> {
                    throw new PyLabException("python.sandbox.files", null, "json.dump()");
                })
                .value("JSONDecodeError", PyErrors.JSON_DECODE_ERROR)
                .register();
        registry.importable("json.decoder.JSONDecodeError", PyErrors.JSON_DECODE_ERROR);
    }

    private static double real(Object value, String function) {
        if (PyInts.isInt(value)) {
            return PyInts.toDouble(value);
        }
        if (value instanceof Double d) {
            return d;
        }
        throw PyErrors.typeError("must be real number, not " + PyRepr.typeName(value));
    }

    private static Function<PyCall, Object> unary(String name, DoubleUnaryOperator f) {
        return c -> {
            double x = real(c.expect(1, 1).arg(0, "x"), name);
            double r = f.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw PyErrors.valueError("math domain error");
            }
            if (Double.isInfinite(r) && Double.isFinite(x)) {
                throw PyErrors.overflow("math range error");
            }
            return r;
        };
    }

    private static void math(HostRegistry registry) {
        new Module(registry, "math")
                .value("pi", Math.PI).value("e", Math.E).value("tau", 2 * Math.PI)
                .value("inf", Double.POSITIVE_INFINITY).value("nan", Double.NaN)
                .function("sqrt", unary("sqrt", Math::sqrt))
                .function("exp", unary("exp", Math::exp))
                .function("log10", unary("log10", x -> x <= 0 ? Double.NaN : Math.log10(x)))
                .function("log2", unary("log2", x -> x <= 0 ? Double.NaN : Math.log(x) / Math.log(2)))
                .function("sin", unary("sin", Math::sin)).function("cos", unary("cos", Math::cos))
                .function("tan", unary("tan", Math::tan)).function("asin", unary("asin", Math::asin))
                .function("acos", unary("acos", Math::acos)).function("atan", unary("atan", Math::atan))
                .function("fabs", unary("fabs", Math::abs))
                .function("degrees", unary("degrees", Math::toDegrees))
                .function("radians", unary("radians", Math::toRadians))
                .function("log", c -> {
                    c.expect(1, 2);
                    double x = real(c.arg(0, "x"), "log");
                    if (x <= 0) {
                        throw PyErrors.valueError("math domain error");
                    }
                    double r = Math.log(x);
                    return c.count() > 1 ? r / Math.log(real(c.arg(1, "base"), "log")) : r;
                })
                .function("pow", c -> {
                    double r = Math.pow(real(c.expect(2, 2).arg(0, "x"), "pow"), real(c.arg(1, "y"), "pow"));
                    if (Double.isNaN(r)) {
                        throw PyErrors.valueError("math domain error");
                    }
                    return r;
                })
                .function("atan2", c -> Math.atan2(real(c.expect(2, 2).arg(0, "y"), "atan2"),
                        real(c.arg(1, "x"), "atan2")))
                .function("hypot", c -> {
                    double sum = 0;
                    for (Object v : c.positional()) {
                        double x = real(v, "hypot");
                        sum += x * x;
                    }
                    return Math.sqrt(sum);
                })
                .function("floor", c -> integral(c.expect(1, 1).arg(0, "x"), java.math.RoundingMode.FLOOR))
                .function("ceil", c -> integral(c.expect(1, 1).arg(0, "x"), java.math.RoundingMode.CEILING))
                .function("trunc", c -> integral(c.expect(1, 1).arg(0, "x"), java.math.RoundingMode.DOWN))
                .function("isnan", c -> Double.isNaN(real(c.expect(1, 1).arg(0, "x"), "isnan")))
                .function("isinf", c -> Double.isInfinite(real(c.expect(1, 1).arg(0, "x"), "isinf")))
                .function("isfinite", c -> Double.isFinite(real(c.expect(1, 1).arg(0, "x"), "isfinite")))
                .function("copysign", c -> Math.copySign(real(c.expect(2, 2).arg(0, "x"), "copysign"),
                        real(c.arg(1, "y"), "copysign")))
                .function("fmod", c -> {
                    double y = real(c.expect(2, 2).arg(1, "y"), "fmod");
                    if (y == 0) {
                        throw PyErrors.valueError("math domain error");
                    }
                    return real(c.arg(0, "x"), "fmod") % y;
                })
                .function("isclose", c -> {
                    c.expect(2, 2, "rel_tol", "abs_tol");
                    double a = real(c.arg(0, "a"), "isclose");
                    double b = real(c.arg(1, "b"), "isclose");
                    double rel = real(c.keyword("rel_tol", 1e-9), "isclose");
                    double abs = real(c.keyword("abs_tol", 0.0), "isclose");
                    return a == b || Math.abs(a - b) <= Math.max(rel * Math.max(Math.abs(a), Math.abs(b)), abs);
                })
                .function("fsum", c -> {
                    BigDecimal total = BigDecimal.ZERO;
                    for (Iterator<?> it = PySequences.iterate(c.expect(1, 1).arg(0, "seq")); it.hasNext();) {
                        total = total.add(new BigDecimal(real(it.next(), "fsum")));
                    }
                    return total.doubleValue();
                })
                .function("factorial", c -> {
                    long n = c.intArg(c.expect(1, 1).arg(0, "n"), "factorial");
                    if (n < 0) {
                        throw PyErrors.valueError("factorial() not defined for negative values");
                    }
                    BigInteger r = BigInteger.ONE;
                    for (long i = 2; i <= n; i++) {
                        r = r.multiply(BigInteger.valueOf(i));
                        if (r.bitLength() > 1_000_000) {
                            throw PyErrors.overflow("the result of factorial() has too many digits for the lab");
                        }
                    }
                    return PyInts.normalize(r);
                })
                .function("gcd", c -> {
                    BigInteger r = BigInteger.ZERO;
                    for (Object v : c.positional()) {
                        c.intArg(v, "gcd");
                        r = r.gcd(PyInts.big(v));
                    }
                    return PyInts.normalize(r);
                })
                .function("prod", c -> {
                    Object r = c.keyword("start", 1L);
                    for (Iterator<?> it = PySequences.iterate(c.arg(0, "iterable")); it.hasNext();) {
                        r = PyOps.multiply(r, it.next());
                    }
                    return r;
                })
                .function("comb", c -> {
                    long n = c.intArg(c.expect(2, 2).arg(0, "n"), "comb");
                    long k = c.intArg(c.arg(1, "k"), "comb");
                    if (n < 0 || k < 0) {
                        throw PyErrors.valueError("n must be a non-negative integer");
                    }
                    if (Math.min(k, n - k) > 100_000) {
                        throw PyErrors.overflow("the result of comb() has too many digits for the lab");
                    }
                    BigInteger r = BigInteger.ONE;
                    for (long i = 0; i < Math.min(k, n - k) && k <= n; i++) {
                        r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
                    }
                    return k > n ? 0L : PyInts.normalize(r);
                })
                .register();
    }

    private static Object integral(Object value, java.math.RoundingMode mode) {
        if (PyInts.isInt(value)) {
            return PyInts.canonical(value);
        }
        double d = real(value, "floor");
        if (Double.isNaN(d)) {
            throw PyErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErrors.overflow("cannot convert float infinity to integer");
        }
        return PyInts.fromBigDecimal(new BigDecimal(d).setScale(0, mode));
    }

    private static void re(HostRegistry registry) {
        Module re = new Module(registry, "re");
        re.function("compile", c -> PyRegex.compile(c.expect(1, 2, "flags").arg(0, "pattern"), flags(c, 1)))
                .function("search", c -> PyRegex.compile(c.arg(0, "pattern"), flags(c, 2))
                        .search(text(c, 1)))
                .function("match", c -> PyRegex.compile(c.arg(0, "pattern"), flags(c, 2)).match(text(c, 1)))
                .function("fullmatch", c -> PyRegex.compile(c.arg(0, "pattern"), flags(c, 2))
                        .fullmatch(text(c, 1)))
                .function("findall", c -> PyRegex.compile(c.arg(0, "pattern"), flags(c, 2)).findall(text(c, 1)))
                .function("finditer", c -> PyIterator.of("callable_iterator", PyRegex.compile(c.arg(0, "pattern"),
                        flags(c, 2)).finditer(text(c, 1)).iterator()))
                .function("split", c -> PyRegex.compile(c.arg(0, "pattern"), flags(c, 3))
                        .split(text(c, 1), c.intArg(c.arg(2, "maxsplit", 0L), "maxsplit")))
                .function("sub", c -> PyRegex.compile(c.arg(0, "pattern"), flags(c, 4))
                        .sub(c.arg(1, "repl"), text(c, 2), c.intArg(c.arg(3, "count", 0L), "count")).get(0))
                .function("subn", c -> PyRegex.compile(c.arg(0, "pattern"), flags(c, 4))
                        .sub(c.arg(1, "repl"), text(c, 2), c.intArg(c.arg(3, "count", 0L), "count")))
                .function("escape", c -> escape(c.strArg(c.expect(1, 1).arg(0, "pattern"), "pattern")))
                .value("error", PyRegex.ERROR);
        for (Object[] flag : new Object[][] {{"I", PyRegex.IGNORECASE}, {"IGNORECASE", PyRegex.IGNORECASE},
            {"M", PyRegex.MULTILINE}, {"MULTILINE", PyRegex.MULTILINE}, {"S", PyRegex.DOTALL},
            {"DOTALL", PyRegex.DOTALL}, {"X", PyRegex.VERBOSE}, {"VERBOSE", PyRegex.VERBOSE},
            {"A", PyRegex.ASCII}, {"ASCII", PyRegex.ASCII}, {"U", 32L}, {"UNICODE", 32L}}) {
            re.value((String) flag[0], flag[1]);
        }
        re.register();
        registry.method(PyRegex.class, "search", HostRegistry.ANY_ARITY, new PyMethod("search",
                (p, c) -> ((PyRegex) p).search(text(c, 0), c.intArg(c.arg(1, "pos", 0L), "pos"),
                        c.intArg(c.arg(2, "endpos", Long.MAX_VALUE), "endpos"))));
        registry.method(PyRegex.class, "match", HostRegistry.ANY_ARITY, new PyMethod("match",
                (p, c) -> ((PyRegex) p).match(text(c, 0), c.intArg(c.arg(1, "pos", 0L), "pos"),
                        c.intArg(c.arg(2, "endpos", Long.MAX_VALUE), "endpos"))));
        registry.method(PyRegex.class, "fullmatch", HostRegistry.ANY_ARITY, new PyMethod("fullmatch",
                (p, c) -> ((PyRegex) p).fullmatch(text(c, 0), c.intArg(c.arg(1, "pos", 0L), "pos"),
                        c.intArg(c.arg(2, "endpos", Long.MAX_VALUE), "endpos"))));
        registry.method(PyRegex.class, "findall", HostRegistry.ANY_ARITY, new PyMethod("findall",
                (p, c) -> ((PyRegex) p).findall(text(c, 0))));
        registry.method(PyRegex.class, "finditer", HostRegistry.ANY_ARITY, new PyMethod("finditer",
                (p, c) -> PyIterator.of("callable_iterator", ((PyRegex) p).finditer(text(c, 0)).iterator())));
        registry.method(PyRegex.class, "split", HostRegistry.ANY_ARITY, new PyMethod("split",
                (p, c) -> ((PyRegex) p).split(text(c, 0), c.intArg(c.arg(1, "maxsplit", 0L), "maxsplit"))));
        registry.method(PyRegex.class, "sub", HostRegistry.ANY_ARITY, new PyMethod("sub",
                (p, c) -> ((PyRegex) p).sub(c.arg(0, "repl"), text(c, 1), c.intArg(c.arg(2, "count", 0L),
                        "count")).get(0)));
        registry.method(PyRegex.class, "subn", HostRegistry.ANY_ARITY, new PyMethod("subn",
                (p, c) -> ((PyRegex) p).sub(c.arg(0, "repl"), text(c, 1), c.intArg(c.arg(2, "count", 0L),
                        "count"))));
        Class<PyRegex.PyMatch> match = PyRegex.PyMatch.class;
        registry.method(match, "group", HostRegistry.ANY_ARITY, new PyMethod("group", (m, c) -> {
            PyRegex.PyMatch found = (PyRegex.PyMatch) m;
            if (c.count() <= 1) {
                return found.group(c.arg(0, "group", 0L));
            }
            Object[] out = new Object[c.count()];
            for (int i = 0; i < out.length; i++) {
                out[i] = found.group(c.arg(i, null));
            }
            return Tuple.of(out);
        }));
        registry.method(match, "groups", HostRegistry.ANY_ARITY, new PyMethod("groups",
                (m, c) -> ((PyRegex.PyMatch) m).groups()));
        registry.method(match, "start", HostRegistry.ANY_ARITY, new PyMethod("start",
                (m, c) -> ((PyRegex.PyMatch) m).start(c.arg(0, "group", 0L))));
        registry.method(match, "end", HostRegistry.ANY_ARITY, new PyMethod("end",
                (m, c) -> ((PyRegex.PyMatch) m).end(c.arg(0, "group", 0L))));
        registry.method(match, "span", HostRegistry.ANY_ARITY, new PyMethod("span", (m, c) -> {
            PyRegex.PyMatch found = (PyRegex.PyMatch) m;
            Object group = c.arg(0, "group", 0L);
            return Tuple.pair(found.start(group), found.end(group));
        }));
    }

    private static long flags(PyCall c, int index) {
        Object flags = c.arg(index, "flags", 0L);
        return c.intArg(flags, "flags");
    }

    private static String text(PyCall c, int index) {
        Object value = c.arg(index, "string");
        if (!(value instanceof String s)) {
            throw PyErrors.typeError("expected string or bytes-like object, got '" + PyRepr.typeName(value) + "'");
        }
        return s;
    }

    private static String escape(String pattern) {
        StringBuilder out = new StringBuilder();
        pattern.codePoints().forEach(cp -> {
            if (cp < 128 && !Character.isLetterOrDigit(cp) && cp != '_') {
                out.append('\\');
            }
            out.appendCodePoint(cp);
        });
        return out.toString();
    }

    private static Function<PyCall, Object> binary(java.util.function.BinaryOperator<Object> op) {
        return c -> op.apply(c.expect(2, 2).arg(0, "a"), c.arg(1, "b"));
    }

    private static void operator(HostRegistry registry) {
        new Module(registry, "operator")
                .function("add", binary(PyOps::add)).function("sub", binary(PyOps::subtract))
                .function("mul", binary(PyOps::multiply)).function("truediv", binary(PyOps::trueDivide))
                .function("floordiv", binary(PyOps::floorDivide)).function("mod", binary(PyOps::modulo))
                .function("pow", binary(PyOps::power)).function("concat", binary(PyOps::add))
                .function("and_", binary(PyOps::bitAnd)).function("or_", binary(PyOps::bitOr))
                .function("xor", binary(PyOps::bitXor))
                .function("eq", binary((a, b) -> PyCompare.equal(a, b)))
                .function("ne", binary((a, b) -> !PyCompare.equal(a, b)))
                .function("lt", binary((a, b) -> PyCompare.compare(a, b, "<") < 0))
                .function("le", binary((a, b) -> PyCompare.compare(a, b, "<=") <= 0))
                .function("gt", binary((a, b) -> {
                    int r = PyCompare.compare(a, b, ">");
                    return r > 0 && r != PyCompare.UNORDERED;
                }))
                .function("ge", binary((a, b) -> {
                    int r = PyCompare.compare(a, b, ">=");
                    return r >= 0 && r != PyCompare.UNORDERED;
                }))
                .function("contains", binary((a, b) -> PySequences.contains(a, b)))
                .function("neg", c -> PyOps.negate(c.expect(1, 1).arg(0, "a")))
                .function("not_", c -> !PyOps.isTruthy(c.expect(1, 1).arg(0, "a")))
                .function("truth", c -> PyOps.isTruthy(c.expect(1, 1).arg(0, "a")))
                .function("getitem", binary(PySequences::getItem))
                .function("itemgetter", c -> {
                    if (c.count() == 0) {
                        throw PyErrors.typeError("itemgetter expected 1 argument, got 0");
                    }
                    List<Object> items = c.positional();
                    String label = "operator.itemgetter(" + String.join(", ", items.stream().map(PyRepr::repr)
                            .toList()) + ")";
                    return new PyNative(label, call -> {
                        Object target = call.expect(1, 1).arg(0, "obj");
                        if (items.size() == 1) {
                            return PySequences.getItem(target, items.get(0));
                        }
                        Object[] out = new Object[items.size()];
                        for (int i = 0; i < out.length; i++) {
                            out[i] = PySequences.getItem(target, items.get(i));
                        }
                        return Tuple.of(out);
                    });
                })
                .register();
    }

    private static void collections(HostRegistry registry) {
        new Module(registry, "collections")
                .value("Counter", new PyType("Counter", v -> v instanceof PyCounter, c -> {
                    c.expect(0, 1, c.keywords().keySet().toArray(new String[0]));
                    PyCounter counter = new PyCounter();
                    if (c.count() > 0 && c.arg(0, "iterable") != null) {
                        counter.update(c.arg(0, "iterable"));
                    }
                    counter.update(c.keywords());
                    return counter;
                }))
                .value("defaultdict", new PyType("collections.defaultdict", v -> v instanceof DefaultDict, c -> {
                    c.expect(0, 2);
                    Object factory = c.arg(0, "default_factory", null);
                    if (factory != null && !(factory instanceof LangFunction)) {
                        throw PyErrors.typeError("first argument must be callable or None");
                    }
                    DefaultDict dict = new DefaultDict((LangFunction) factory);
                    if (c.count() > 1) {
                        PyBuiltins.update(dict, c.arg(1, "mapping"));
                    }
                    return dict;
                }))
                .function("namedtuple", PyNamedTuple::define)
                .value("OrderedDict", new PyType("collections.OrderedDict", v -> v instanceof PyOrderedDict, c -> {
                    Map<Object, Object> out = new PyOrderedDict();
                    if (c.count() > 0) {
                        PyBuiltins.update(out, c.arg(0, "mapping"));
                    }
                    c.keywords().forEach(out::put);
                    return out;
                }))
                .register();
    }

    private static void functools(HostRegistry registry) {
        new Module(registry, "functools")
                .function("reduce", c -> {
                    c.expect(2, 3);
                    LangFunction f = PythonSemantics.callable(c.arg(0, "function"));
                    Iterator<?> it = PySequences.iterate(c.arg(1, "iterable"));
                    Object acc;
                    if (c.count() > 2) {
                        acc = c.arg(2, "initial");
                    } else if (it.hasNext()) {
                        acc = it.next();
                    } else {
                        throw PyErrors.typeError("reduce() of empty iterable with no initial value");
                    }
                    while (it.hasNext()) {
                        acc = f.call2(acc, it.next());
                    }
                    return acc;
                })
                .register();
    }

    private static void datetime(HostRegistry registry) {
        HostObject datetimeClass = new HostObject("datetime").printedAs("<class 'datetime.datetime'>");
        datetimeClass.apply(new PyNative("datetime", c -> {
            c.expect(3, 7, "year", "month", "day", "hour", "minute", "second", "microsecond");
            return PyDateTime.of(c.intArg(c.arg(0, "year"), "year"), c.intArg(c.arg(1, "month"), "month"),
                    c.intArg(c.arg(2, "day"), "day"), c.intArg(c.arg(3, "hour", 0L), "hour"),
                    c.intArg(c.arg(4, "minute", 0L), "minute"), c.intArg(c.arg(5, "second", 0L), "second"),
                    c.intArg(c.arg(6, "microsecond", 0L), "microsecond"));
        }));
        datetimeClass.typeTest(v -> v instanceof PyDateTime);
        datetimeClass.define("now", new PyNative("now", c -> new PyDateTime(java.time.LocalDateTime.now(
                java.time.ZoneOffset.UTC))));
        datetimeClass.define("fromtimestamp", new PyNative("fromtimestamp", c -> PyDateTime.fromEpochMillis(
                Math.round(real(c.expect(1, 1).arg(0, "timestamp"), "fromtimestamp") * 1000),
                java.time.ZoneOffset.UTC)));
        datetimeClass.define("utcfromtimestamp", datetimeClass.member("fromtimestamp", null));
        datetimeClass.define("strptime", new PyNative("strptime", c -> {
            c.expect(2, 2);
            return PyDateTime.strptime(c.strArg(c.arg(0, "date_string"), "strptime() argument 1"),
                    c.strArg(c.arg(1, "format"), "strptime() argument 2"));
        }));
        PyNative timedelta = new PyNative("timedelta", c -> {
            c.expect(0, 7, "days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks");
            double micros = real(c.arg(0, "days", 0L), "timedelta") * 86_400e6
                    + real(c.arg(1, "seconds", 0L), "timedelta") * 1e6
                    + real(c.arg(2, "microseconds", 0L), "timedelta")
                    + real(c.arg(3, "milliseconds", 0L), "timedelta") * 1e3
                    + real(c.arg(4, "minutes", 0L), "timedelta") * 60e6
                    + real(c.arg(5, "hours", 0L), "timedelta") * 3600e6
                    + real(c.arg(6, "weeks", 0L), "timedelta") * 7 * 86_400e6;
            return PyTimedelta.ofMicros(Math.round(micros));
        });
        new Module(registry, "datetime").value("datetime", datetimeClass).value("timedelta", timedelta)
                .register();
    }

    private static void time(HostRegistry registry) {
        new Module(registry, "time")
                .function("time", c -> System.currentTimeMillis() / 1000.0)
                .function("perf_counter", c -> System.nanoTime() / 1e9)
                .function("monotonic", c -> System.nanoTime() / 1e9)
                .function("strftime", c -> new PyDateTime(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC))
                        .strftime(c.strArg(c.expect(1, 1).arg(0, "format"), "strftime() argument 1")))
                .function("sleep", c -> {
                    real(c.expect(1, 1).arg(0, "secs"), "sleep");
                    return null;
                })
                .register();
    }

    private static void string(HostRegistry registry) {
        new Module(registry, "string")
                .value("ascii_letters", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
                .value("ascii_lowercase", "abcdefghijklmnopqrstuvwxyz")
                .value("ascii_uppercase", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                .value("digits", "0123456789")
                .value("hexdigits", "0123456789abcdefABCDEF")
                .value("octdigits", "01234567")
                .value("punctuation", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
                .value("whitespace", " \t\n\r\u000b\u000c")
                .register();
    }

    private static void itertools(HostRegistry registry) {
        new Module(registry, "itertools")
                .function("chain", c -> {
                    List<Object> sources = c.positional();
                    return PyIterator.of("itertools.chain", new Iterator<>() {
                        private int next;
                        private Iterator<?> current = java.util.Collections.emptyIterator();

                        @Override
                        public boolean hasNext() {
                            while (!current.hasNext() && next < sources.size()) {
                                current = PySequences.iterate(sources.get(next++));
                            }
                            return current.hasNext();
                        }

                        @Override
                        public Object next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            return current.next();
                        }
                    });
                })
                .function("islice", c -> {
                    c.expect(2, 4);
                    Iterator<?> source = PySequences.iterate(c.arg(0, "iterable"));
                    long start = c.count() > 2 ? c.intArg(c.arg(1, "start"), "start") : 0;
                    Object stopArg = c.count() > 2 ? c.arg(2, "stop") : c.arg(1, "stop");
                    long stop = stopArg == null ? Long.MAX_VALUE : c.intArg(stopArg, "stop");
                    long step = c.count() > 3 ? c.intArg(c.arg(3, "step"), "step") : 1;
                    if (start < 0 || stop < 0) {
                        throw PyErrors.valueError("Indices for islice() must be None or an integer: "
                                + "0 <= x <= sys.maxsize.");
                    }
                    if (step < 1) {
                        throw PyErrors.valueError("Step for islice() must be a positive integer or None.");
                    }
                    return PyIterator.of("itertools.islice", new Iterator<>() {
                        private long taken;
                        private long wanted = start;

                        @Override
                        public boolean hasNext() {
                            if (taken >= stop) {
                                return false;
                            }
                            while (taken < wanted && source.hasNext()) {
                                source.next();
                                taken++;
                            }
                            return taken == wanted && taken < stop && source.hasNext();
                        }

                        /** As CPython's islice_next: the next index to keep, never past stop. */
                        @Override
                        public Object next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            taken++;
                            wanted = stop - wanted <= step ? stop : wanted + step;
                            return source.next();
                        }
                    });
                })
                .function("count", c -> {
                    Object start = c.arg(0, "start", 0L);
                    Object step = c.arg(1, "step", 1L);
                    return PyIterator.of("itertools.count", new Iterator<>() {
                        private Object next = start;

                        @Override
                        public boolean hasNext() {
                            return true;
                        }

                        @Override
                        public Object next() {
                            Object value = next;
                            next = PyOps.add(next, step);
                            return value;
                        }
                    });
                })
                .register();
    }
}
