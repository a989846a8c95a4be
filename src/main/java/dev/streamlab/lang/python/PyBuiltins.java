package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.ClassMember;
import dev.streamlab.lang.runtime.ClassValue;
import dev.streamlab.lang.runtime.ErrorType;
import dev.streamlab.lang.runtime.ErrorValue;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.Instance;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.MemberHolder;
import dev.streamlab.lang.runtime.PerRun;
import dev.streamlab.lang.runtime.SuperObject;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/** Python's built-in functions and types ({@code len}, {@code sorted}, {@code int}, {@code print}, ...). */
public final class PyBuiltins {

    /** The built-in types by name, for {@code type()}, {@code isinstance} and {@code except}-free type tests. */
    static final Map<String, PyType> TYPES = new LinkedHashMap<>();

    static final PyType INT = type("int", v -> PyInts.isInt(v), PyBuiltins::toInt);
    static final PyType FLOAT = type("float", v -> v instanceof Double || v instanceof Float, PyBuiltins::toFloat);
    static final PyType STR = type("str", v -> v instanceof String, c -> {
        c.expect(0, 1);
        return c.count() == 0 ? "" : PyRepr.str(c.arg(0, "object"));
    });
    static final PyType BOOL = type("bool", v -> v instanceof Boolean, c -> {
        c.expect(0, 1);
        return c.count() != 0 && PyOps.isTruthy(c.arg(0, "x"));
    });
    static final PyType LIST = type("list", v -> v instanceof List, c -> {
        c.expect(0, 1);
        return c.count() == 0 ? new ArrayList<>() : PySequences.toList(c.arg(0, "iterable"));
    });
    static final PyType TUPLE = type("tuple", v -> v instanceof Tuple || v instanceof PyNamedTuple, c -> {
        c.expect(0, 1);
        return c.count() == 0 ? Tuple.of() : Tuple.of(PySequences.toList(c.arg(0, "iterable")).toArray());
    });
    static final PyType SET = type("set", v -> v instanceof Set, c -> {
        c.expect(0, 1);
        return c.count() == 0 ? new PySet() : PySet.of(c.arg(0, "iterable"));
    });
    static final PyType DICT = type("dict", v -> v instanceof Map, c -> {
        c.expect(0, 1, c.keywords().keySet().toArray(new String[0]));
        Map<Object, Object> out = new LinkedHashMap<>();
        if (c.count() > 0) {
            update(out, c.arg(0, "mapping"));
        }
        c.keywords().forEach(out::put);
        return out;
    });
    static final PyType RANGE = type("range", v -> v instanceof PyRange, c -> {
        c.expect(1, 3);
        long a = c.intArg(c.arg(0, "start"), "range");
        if (c.count() == 1) {
            return new PyRange(0, a, 1);
        }
        return new PyRange(a, c.intArg(c.arg(1, "stop"), "range"), c.count() > 2 ? c.intArg(c.arg(2, "step"),
                "range") : 1);
    });
    static final PyType OBJECT = type("object", v -> true, c -> {
        throw PyErrors.typeError("the lab cannot create plain object() instances");
    });

    static final PyType FROZENSET = type("frozenset", v -> v instanceof PySet s && s.pyTypeName().equals("frozenset"),
            c -> {
                c.expect(0, 1);
                return PySet.frozen(c.arg(0, "iterable", null));
            });

    private PyBuiltins() {
    }

    private static PyType type(String name, dev.streamlab.lang.runtime.TypeTest test,
            java.util.function.Function<PyCall, Object> constructor) {
        PyType type = new PyType(name, test, constructor);
        TYPES.put(name, type);
        return type;
    }

    static void install(HostRegistry registry) {
        TYPES.forEach(registry::global);
        PyErrors.builtIns().forEach(registry::global);
        registry.global("__name__", "__main__");
        registry.global(dev.streamlab.lang.python.parse.PyParser.CONSTANT_SET, new PyNative("set",
                c -> PySet.fromConstants(c.arg(0, "constants"))));
        registry.global("Ellipsis", PyEllipsis.INSTANCE);
        registry.global("NotImplemented", PyNotImplemented.INSTANCE);
        registry.global("print", (PerRun) context -> new PyNative("print", PyBuiltins::print, context));
        registry.global("exit", PyModules.EXIT);
        registry.global("quit", PyModules.EXIT);
        define(registry, "len", c -> {
            c.expect(1, 1);
            return PySequences.len(c.arg(0, "obj"));
        });
        define(registry, "repr", c -> PyRepr.repr(c.expect(1, 1).arg(0, "obj")));
        define(registry, "ascii", c -> PyFormat.ascii(PyRepr.repr(c.expect(1, 1).arg(0, "obj"))));
        define(registry, "format", c -> {
            c.expect(1, 2);
            return PyFormat.format(c.arg(0, "value"), c.strArg(c.arg(1, "format_spec", ""), "format spec"));
        });
        define(registry, "abs", c -> abs(c.expect(1, 1).arg(0, "x")));
        define(registry, "sum", PyBuiltins::sum);
        define(registry, "min", c -> extreme(c, -1));
        define(registry, "max", c -> extreme(c, 1));
        define(registry, "any", c -> {
            for (Iterator<?> it = PySequences.iterate(c.expect(1, 1).arg(0, "iterable")); it.hasNext();) {
                if (PyOps.isTruthy(it.next())) {
                    return true;
                }
            }
            return false;
        });
        define(registry, "all", c -> {
            for (Iterator<?> it = PySequences.iterate(c.expect(1, 1).arg(0, "iterable")); it.hasNext();) {
                if (!PyOps.isTruthy(it.next())) {
                    return false;
                }
            }
            return true;
        });
        define(registry, "sorted", c -> {
            c.expect(1, 1, "key", "reverse");
            List<Object> items = PySequences.toList(c.arg(0, "iterable"));
            sort(items, c.keyword("key", null), PyOps.isTruthy(c.keyword("reverse", false)));
            return items;
        });
        define(registry, "reversed", c -> {
            Object seq = c.expect(1, 1).arg(0, "sequence");
            if (!(seq instanceof List || seq instanceof Tuple || seq instanceof String || seq instanceof PyRange
                    || seq instanceof Map)) {
                throw PyErrors.typeError("'" + PyRepr.typeName(seq) + "' object is not reversible");
            }
            List<Object> items = PySequences.toList(seq);
            Collections.reverse(items);
            return PyIterator.of(seq instanceof List ? "list_reverseiterator" : "reversed", items.iterator());
        });
        define(registry, "enumerate", c -> {
            c.expect(1, 2, "start");
            Iterator<?> source = PySequences.iterate(c.arg(0, "iterable"));
            Object start = c.arg(1, "start", 0L);
            return PyIterator.of("enumerate", new Iterator<>() {
                private Object index = start;

                @Override
                public boolean hasNext() {
                    return source.hasNext();
                }

                @Override
                public Object next() {
                    Tuple pair = Tuple.pair(index, source.next());
                    index = PyOps.add(index, 1L);
                    return pair;
                }
            });
        });
        define(registry, "zip", c -> {
            c.expect(0, Integer.MAX_VALUE, "strict");
            boolean strict = PyOps.isTruthy(c.keyword("strict", false));
            List<Iterator<?>> sources = new ArrayList<>();
            for (Object iterable : c.positional()) {
                sources.add(PySequences.iterate(iterable));
            }
            return PyIterator.of("zip", new Iterator<>() {
                @Override
                public boolean hasNext() {
                    if (sources.isEmpty()) {
                        return false;
                    }
                    for (int i = 0; i < sources.size(); i++) {
                        if (!sources.get(i).hasNext()) {
                            if (strict) {
                                checkSameLength(i);
                            }
                            return false;
                        }
                    }
                    return true;
                }

                /** zip(strict=True): every source must end where the {@code exhausted}-th did. */
                private void checkSameLength(int exhausted) {
                    String before = exhausted == 1 ? "argument 1" : "arguments 1-" + exhausted;
                    if (exhausted > 0) {
                        throw PyErrors.valueError("zip() argument " + (exhausted + 1) + " is shorter than " + before);
                    }
                    for (int j = 1; j < sources.size(); j++) {
                        if (sources.get(j).hasNext()) {
                            throw PyErrors.valueError("zip() argument " + (j + 1) + " is longer than "
                                    + (j == 1 ? "argument 1" : "arguments 1-" + j));
                        }
                    }
                }

                @Override
                public Object next() {
                    Object[] items = new Object[sources.size()];
                    for (int i = 0; i < items.length; i++) {
                        items[i] = sources.get(i).next();
                    }
                    return Tuple.of(items);
                }
            });
        });
        define(registry, "map", c -> {
            if (c.count() < 2) {
                throw PyErrors.typeError("map() must have at least two arguments.");
            }
            LangFunction f = PythonSemantics.callable(c.arg(0, "func"));
            List<Iterator<?>> sources = new ArrayList<>();
            for (int i = 1; i < c.count(); i++) {
                sources.add(PySequences.iterate(c.arg(i, null)));
            }
            return PyIterator.of("map", new Iterator<>() {
                @Override
                public boolean hasNext() {
                    for (Iterator<?> source : sources) {
                        if (!source.hasNext()) {
                            return false;
                        }
                    }
                    return true;
                }

                @Override
                public Object next() {
                    if (sources.size() == 1) {
                        return f.call1(sources.get(0).next());
                    }
                    Object[] args = new Object[sources.size()];
                    for (int i = 0; i < args.length; i++) {
                        args[i] = sources.get(i).next();
                    }
                    return f.call(args);
                }
            });
        });
        define(registry, "filter", c -> {
            c.expect(2, 2);
            Object predicate = c.arg(0, "function");
            LangFunction f = predicate == null ? null : PythonSemantics.callable(predicate);
            Iterator<?> source = PySequences.iterate(c.arg(1, "iterable"));
            return PyIterator.of("filter", new Iterator<>() {
                private Object pending;
                private boolean ready;

                @Override
                public boolean hasNext() {
                    while (!ready && source.hasNext()) {
                        Object item = source.next();
                        if (PyOps.isTruthy(f == null ? item : f.call1(item))) {
                            pending = item;
                            ready = true;
                        }
                    }
                    return ready;
                }

                @Override
                public Object next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    ready = false;
                    return pending;
                }
            });
        });
        define(registry, "iter", c -> {
            Object value = c.expect(1, 1).arg(0, "object");
            return value instanceof PyIterator || value instanceof PyGenerator ? value : PyIterator.of(iteratorName(value),
                    PySequences.iterate(value));
        });
        define(registry, "next", c -> {
            c.expect(1, 2);
            Object it = c.arg(0, "iterator");
            if (!(it instanceof Iterator<?> iterator)) {
                throw PyErrors.typeError("'" + PyRepr.typeName(it) + "' object is not an iterator");
            }
            if (iterator.hasNext()) {
                return iterator.next();
            }
            if (c.count() > 1) {
                return c.arg(1, "default");
            }
            throw PyErrors.STOP_ITERATION.raise(null);
        });
        define(registry, "issubclass", c -> {
            c.expect(2, 2);
            Object cls = c.arg(0, "cls");
            if (!(cls instanceof ClassValue || cls instanceof PyType || cls instanceof ErrorType)) {
                throw PyErrors.typeError("issubclass() arg 1 must be a class");
            }
            return isSubclass(cls, c.arg(1, "class_or_tuple"));
        });
        define(registry, "isinstance", c -> {
            c.expect(2, 2);
            return isInstance(c.arg(0, "obj"), c.arg(1, "class_or_tuple"));
        });
        define(registry, "type", c -> typeOf(c.expect(1, 1).arg(0, "object")));
        define(registry, "callable", c -> c.expect(1, 1).arg(0, "obj") instanceof LangFunction);
        define(registry, "id", c -> (long) System.identityHashCode(c.expect(1, 1).arg(0, "obj")));
        define(registry, "hash", c -> hash(c.expect(1, 1).arg(0, "obj")));
        define(registry, "ord", c -> {
            Object value = c.expect(1, 1).arg(0, "c");
            if (!(value instanceof String s)) {
                throw PyErrors.typeError("ord() expected string of length 1, but " + PyRepr.typeName(value)
                        + " found");
            }
            if (s.codePointCount(0, s.length()) != 1) {
                throw PyErrors.typeError("ord() expected a character, but string of length "
                        + s.codePointCount(0, s.length()) + " found");
            }
            return (long) s.codePointAt(0);
        });
        define(registry, "chr", c -> {
            long code = c.intArg(c.expect(1, 1).arg(0, "i"), "chr");
            if (code < 0 || code > Character.MAX_CODE_POINT) {
                throw PyErrors.valueError("chr() arg not in range(0x110000)");
            }
            return new String(Character.toChars((int) code));
        });
        define(registry, "round", PyBuiltins::round);
        define(registry, "divmod", c -> {
            c.expect(2, 2);
            Object a = c.arg(0, "x");
            Object b = c.arg(1, "y");
            return Tuple.pair(PyOps.floorDivide(a, b), PyOps.modulo(a, b));
        });
        define(registry, "pow", c -> {
            c.expect(2, 3, "base", "exp", "mod");
            Object base = c.arg(0, "base");
            Object exp = c.arg(1, "exp");
            Object mod = c.arg(2, "mod", null);
            if (mod == null) {
                return PyOps.power(base, exp);
            }
            if (!PyInts.isInt(base) || !PyInts.isInt(exp) || !PyInts.isInt(mod)) {
                throw PyErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            BigInteger m = PyInts.big(mod);
            if (m.signum() == 0) {
                throw PyErrors.valueError("pow() 3rd argument cannot be 0");
            }
            BigInteger r = PyInts.big(base).modPow(PyInts.big(exp), m.abs());
            if (m.signum() < 0 && r.signum() != 0) {
                r = r.add(m);
            }
            return PyInts.normalize(r);
        });
        define(registry, "hex", c -> PyFormat.format(intOnly(c.expect(1, 1).arg(0, "number")), "#x"));
        define(registry, "oct", c -> PyFormat.format(intOnly(c.expect(1, 1).arg(0, "number")), "#o"));
        define(registry, "bin", c -> PyFormat.format(intOnly(c.expect(1, 1).arg(0, "number")), "#b"));
        registry.global("hasattr", (PerRun) context -> new PyNative("hasattr", PyBuiltins::hasattr, context));
        define(registry, "getattr", c -> {
            c.expect(2, 3);
            Object target = c.arg(0, "object");
            String name = c.strArg(c.arg(1, "name"), "attribute name");
            PyAttributes.checkAllowed(name);
            Object found = target instanceof MemberHolder holder ? holder.member(name, c.context()) : null;
            if (found == null) {
                found = PyAttributes.get(target, name);
            }
            if (found == null) {
                if (c.count() > 2) {
                    return c.arg(2, "default");
                }
                throw PyErrors.attributeError(target, name);
            }
            return found;
        });
        forbidden(registry, "open", "python.sandbox.files");
        for (String name : List.of("exec", "eval", "compile", "__import__")) {
            forbidden(registry, name, "python.sandbox.code");
        }
        for (String name : List.of("globals", "locals", "vars", "dir", "breakpoint", "memoryview", "setattr",
                "delattr")) {
            forbidden(registry, name, "python.sandbox.reflection");
        }
        forbidden(registry, "input", "python.sandbox.input");
        registry.method(ClassMember.class, "setter", 1, new PyMethod("setter", (receiver, call) -> {
            Object f = call.expect(1, 1).arg(0, "function");
            if (!(f instanceof LangFunction function)) {
                throw PyErrors.typeError("'" + PyRepr.typeName(f) + "' object is not callable");
            }
            return ((ClassMember) receiver).withSetter(function);
        }));
        define(registry, "super", c -> {
            SuperObject proxy = SuperObject.of(c.expect(2, 2).arg(0, "type"), c.arg(1, "obj"));
            if (proxy == null) {
                throw PyErrors.typeError("super(type, obj): obj must be an instance or subtype of type");
            }
            return proxy;
        });
        memberDecorator(registry, "staticmethod", ClassMember.Kind.STATIC);
        memberDecorator(registry, "classmethod", ClassMember.Kind.CLASS);
        memberDecorator(registry, "property", ClassMember.Kind.PROPERTY);
    }

    /** {@code @staticmethod}, {@code @classmethod}, {@code @property} (its {@code @x.setter} too). */
    private static void memberDecorator(HostRegistry registry, String name, ClassMember.Kind kind) {
        define(registry, name, c -> {
            Object f = c.expect(1, 1).arg(0, "function");
            if (!(f instanceof LangFunction function)) {
                throw PyErrors.typeError("'" + PyRepr.typeName(f) + "' object is not callable");
            }
            return new ClassMember(kind, function);
        });
    }

    private static void define(HostRegistry registry, String name, java.util.function.Function<PyCall, Object> body) {
        registry.global(name, new PyNative(name, body));
    }

    private static void forbidden(HostRegistry registry, String name, String key) {
        registry.global(name, new PyNative(name, c -> {
            throw new PyLabException(key, null, name + "()");
        }));
    }

    /** {@code hasattr(obj, name)}: whether reading the attribute would succeed (a method or a data attribute). */
    private static Object hasattr(PyCall c) {
        c.expect(2, 2);
        Object target = c.arg(0, "obj");
        String name = c.strArg(c.arg(1, "name"), "attribute name");
        PyAttributes.checkAllowed(name);
        if (target instanceof Instance instance && instance.attributes().containsKey(name)) {
            return true;
        }
        Object found = target instanceof MemberHolder holder ? holder.member(name, c.context()) : null;
        return found != null || PyAttributes.get(target, name) != null
                || c.context().registry().findMethod(target == null ? Object.class : target.getClass(), name,
                HostRegistry.ANY_ARITY) != null;
    }

    private static Object print(PyCall c) {
        c.expect(0, Integer.MAX_VALUE, "sep", "end", "file", "flush");
        Object sep = c.keyword("sep", " ");
        Object end = c.keyword("end", "\n");
        if (sep != null && !(sep instanceof String)) {
            throw PyErrors.typeError("sep must be None or a string, not " + PyRepr.typeName(sep));
        }
        if (end != null && !(end instanceof String)) {
            throw PyErrors.typeError("end must be None or a string, not " + PyRepr.typeName(end));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < c.count(); i++) {
            if (i > 0) {
                out.append(sep == null ? " " : (String) sep);
            }
            out.append(PyRepr.str(c.arg(i, null)));
        }
        out.append(end == null ? "\n" : (String) end);
        Object file = c.keyword("file", null);
        PyTextStream stream = file == null ? PyTextStream.STDOUT : file instanceof PyTextStream s ? s : null;
        if (stream == null) {
            throw PyErrors.ATTRIBUTE_ERROR.raise("'" + PyRepr.typeName(file) + "' object has no attribute 'write'");
        }
        stream.write(c.context().console(), out.toString());
        return null;
    }

    static Object toInt(PyCall c) {
        c.expect(0, 2, "base");
        if (c.count() == 0) {
            return 0L;
        }
        Object value = c.arg(0, "x");
        if (c.has(1, "base")) {
            long base = c.intArg(c.arg(1, "base"), "base");
            if (!(value instanceof String s)) {
                throw PyErrors.typeError("int() can't convert non-string with explicit base");
            }
            if (base != 0 && (base < 2 || base > 36)) {
                throw PyErrors.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            return PyInts.parse(s, (int) base);
        }
        if (PyInts.isInt(value)) {
            return PyInts.canonical(value);
        }
        if (value instanceof Double d) {
            if (d.isNaN()) {
                throw PyErrors.valueError("cannot convert float NaN to integer");
            }
            if (d.isInfinite()) {
                throw PyErrors.overflow("cannot convert float infinity to integer");
            }
            return PyFloats.truncateToInt(d);
        }
        if (value instanceof String s) {
            return PyInts.parse(s, 10);
        }
        throw PyErrors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + PyRepr.typeName(value) + "'");
    }

    static Object toFloat(PyCall c) {
        c.expect(0, 1);
        if (c.count() == 0) {
            return 0.0;
        }
        Object value = c.arg(0, "x");
        if (value instanceof Double) {
            return value;
        }
        if (PyInts.isInt(value)) {
            return PyInts.toDouble(value);
        }
        if (value instanceof String s) {
            return parseFloat(s);
        }
        throw PyErrors.typeError("float() argument must be a string or a real number, not '"
                + PyRepr.typeName(value) + "'");
    }

    /** {@code float(text)}: Python's literal rules (underscores between digits, inf/nan words), no hex or 'd'/'f'. */
    static double parseFloat(String text) {
        String s = text.strip();
        String lower = s.toLowerCase();
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (!unsigned.matches("((\\d(_?\\d)*)?\\.?\\d(_?\\d)*|\\d(_?\\d)*\\.)(e[+-]?\\d(_?\\d)*)?")) {
            throw PyErrors.valueError("could not convert string to float: " + PyRepr.repr(text));
        }
        return Double.parseDouble(s.replace("_", ""));
    }

    private static Object abs(Object x) {
        if (PyInts.isInt(x)) {
            return PyInts.abs(PyInts.canonical(x));
        }
        if (x instanceof Double d) {
            return Math.abs(d);
        }
        if (x instanceof PyTimedelta t) {
            return t.totalMicros() < 0 ? t.negate() : t;
        }
        throw PyErrors.typeError("bad operand type for abs(): '" + PyRepr.typeName(x) + "'");
    }

    private static Object sum(PyCall c) {
        c.expect(1, 2, "start");
        Object total = c.arg(1, "start", 0L);
        if (total instanceof String) {
            throw PyErrors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        for (Iterator<?> it = PySequences.iterate(c.arg(0, "iterable")); it.hasNext();) {
            total = PyOps.add(total, it.next());
        }
        return total;
    }

    /** min ({@code direction} -1) and max (+1): the first extreme item, by key if given. */
    private static Object extreme(PyCall c, int direction) {
        String name = direction < 0 ? "min" : "max";
        c.expect(1, Integer.MAX_VALUE, "key", "default");
        Object keyArg = c.keyword("key", null);
        LangFunction key = keyArg == null ? null : PythonSemantics.callable(keyArg);
        Iterator<?> items;
        if (c.count() == 1) {
            items = PySequences.iterate(c.arg(0, "iterable"));
        } else {
            if (c.keywords().containsKey("default")) {
                throw PyErrors.typeError("Cannot specify a default for " + name + "() with multiple positional "
                        + "arguments");
            }
            items = c.positional().iterator();
        }
        if (!items.hasNext()) {
            if (c.keywords().containsKey("default")) {
                return c.keyword("default", null);
            }
            throw PyErrors.valueError(name + "() arg is an empty sequence");
        }
        Object best = items.next();
        Object bestKey = key == null ? best : key.call1(best);
        while (items.hasNext()) {
            Object item = items.next();
            Object itemKey = key == null ? item : key.call1(item);
            int c2 = PyCompare.compare(itemKey, bestKey, direction < 0 ? "<" : ">");
            if (c2 != PyCompare.UNORDERED && c2 * direction > 0) {
                best = item;
                bestKey = itemKey;
            }
        }
        return best;
    }

    /** Stable sort by key; reverse keeps equal items in their original order, as CPython's does. */
    static void sort(List<Object> items, Object keyArg, boolean reverse) {
        LangFunction key = keyArg == null ? null : PythonSemantics.callable(keyArg);
        List<Object> keys = new ArrayList<>(items.size());
        for (Object item : items) {
            keys.add(key == null ? item : key.call1(item));
        }
        Integer[] order = new Integer[items.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Comparator<Integer> byKey = (a, b) -> {
            int c = PyCompare.compare(keys.get(a), keys.get(b), "<");
            return c == PyCompare.UNORDERED ? 0 : c;
        };
        java.util.Arrays.sort(order, reverse ? byKey.reversed() : byKey);
        List<Object> sorted = new ArrayList<>(items.size());
        for (Integer index : order) {
            sorted.add(items.get(index));
        }
        items.clear();
        items.addAll(sorted);
    }

    private static Object round(PyCall c) {
        c.expect(1, 2, "number", "ndigits");
        Object number = c.arg(0, "number");
        Object digits = c.arg(1, "ndigits", null);
        if (PyInts.isInt(number)) {
            if (digits == null || PyInts.signum(digits) >= 0) {
                return PyInts.canonical(number);
            }
            BigInteger scale = BigInteger.TEN.pow((int) Math.min(-c.intArg(digits, "ndigits"), 4000));
            java.math.BigDecimal exact = new java.math.BigDecimal(PyInts.big(number))
                    .divide(new java.math.BigDecimal(scale));
            BigInteger rounded = exact.setScale(0, java.math.RoundingMode.HALF_EVEN).toBigInteger();
            return PyInts.normalize(rounded.multiply(scale));
        }
        if (!(number instanceof Double d)) {
            throw PyErrors.typeError("type " + PyRepr.typeName(number) + " doesn't define __round__ method");
        }
        if (digits == null) {
            if (d.isNaN()) {
                throw PyErrors.valueError("cannot convert float NaN to integer");
            }
            if (d.isInfinite()) {
                throw PyErrors.overflow("cannot convert float infinity to integer");
            }
            return PyFloats.roundToInt(d);
        }
        return PyFloats.round(d, c.intArg(digits, "ndigits"));
    }

    private static Object intOnly(Object value) {
        if (!PyInts.isInt(value)) {
            throw PyErrors.typeError("'" + PyRepr.typeName(value) + "' object cannot be interpreted as an integer");
        }
        return PyInts.canonical(value);
    }

    private static long hash(Object value) {
        value = PyNamedTuple.asTuple(value);
        if (value instanceof Instance || value instanceof LangFunction || value instanceof ErrorValue) {
            return System.identityHashCode(value);
        }
        PyDicts.checkHashable(value);
        if (value instanceof PyBytes bytes) {
            return bytes.pyHash();
        }
        if (value instanceof PyPrintable || value instanceof PyTextStream) {
            return value.hashCode();
        }
        return PythonHashes.hash(value);
    }

    static boolean isInstance(Object value, Object classInfo) {
        if (classInfo instanceof Tuple options) {
            for (int i = 0; i < options.arity(); i++) {
                if (isInstance(value, options.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (classInfo instanceof PyType type) {
            return type.matches(value);
        }
        if (classInfo instanceof PyNamedTuple.Type type) {
            return type.isTypeOf(value);
        }
        if (classInfo instanceof ErrorType type) {
            return value instanceof ErrorValue error && error.type().isSubtypeOf(type);
        }
        if (classInfo instanceof ClassValue cls) {
            return value instanceof Instance instance && instance.classValue().isSubclassOf(cls);
        }
        throw PyErrors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    private static boolean isSubclass(Object cls, Object classInfo) {
        if (classInfo instanceof Tuple options) {
            for (int i = 0; i < options.arity(); i++) {
                if (isSubclass(cls, options.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof ClassValue sub && classInfo instanceof ClassValue parent) {
            return sub.isSubclassOf(parent);
        }
        if (cls instanceof ErrorType sub && classInfo instanceof ErrorType parent) {
            return sub.isSubtypeOf(parent);
        }
        if (!(classInfo instanceof ClassValue || classInfo instanceof PyType || classInfo instanceof ErrorType)) {
            throw PyErrors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return cls == classInfo;
    }

    static Object typeOf(Object value) {
        if (value instanceof Instance instance) {
            return instance.classValue();
        }
        if (value instanceof ErrorValue error) {
            return error.type();
        }
        String name = PyRepr.typeName(value);
        PyType known = TYPES.get(name);
        return known != null ? known : new PyType(name, v -> PyRepr.typeName(v).equals(name), c -> {
            throw PyErrors.typeError("cannot create '" + name + "' instances");
        });
    }

    private static String iteratorName(Object value) {
        if (value instanceof List) {
            return "list_iterator";
        }
        if (value instanceof String) {
            return "str_ascii_iterator";
        }
        if (value instanceof Tuple) {
            return "tuple_iterator";
        }
        if (value instanceof Map) {
            return "dict_keyiterator";
        }
        if (value instanceof Set) {
            return "set_iterator";
        }
        return "iterator";
    }

    /** {@code dict(x)} and {@code d.update(x)}: from a mapping or an iterable of key/value pairs. */
    static void update(Map<Object, Object> target, Object source) {
        if (source instanceof Map<?, ?> map) {
            map.forEach((k, v) -> PyDicts.put(target, k, v));
            return;
        }
        int index = 0;
        for (Iterator<?> it = PySequences.iterate(source); it.hasNext(); index++) {
            Object element = it.next();
            List<Object> pair;
            try {
                pair = PySequences.toList(element);
            } catch (dev.streamlab.lang.runtime.GuestException notIterable) {
                throw PyErrors.typeError("cannot convert dictionary update sequence element #" + index
                        + " to a sequence");
            }
            if (pair.size() != 2) {
                throw PyErrors.valueError("dictionary update sequence element #" + index + " has length "
                        + pair.size() + "; 2 is required");
            }
            PyDicts.put(target, pair.get(0), pair.get(1));
        }
    }
}
