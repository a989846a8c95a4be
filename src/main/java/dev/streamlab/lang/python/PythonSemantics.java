package dev.streamlab.lang.python;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.ast.BinaryOp;
import dev.streamlab.lang.ast.InterpolationKind;
import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.ast.LiteralKind;
import dev.streamlab.lang.ast.UnaryOp;
import dev.streamlab.lang.runtime.BinaryOperation;
import dev.streamlab.lang.runtime.DialectSemantics;
import dev.streamlab.lang.runtime.ErrorType;
import dev.streamlab.lang.runtime.ErrorValue;
import dev.streamlab.lang.runtime.GuestException;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.RunContext;
import dev.streamlab.lang.runtime.TypeTest;
import dev.streamlab.lang.runtime.UnaryOperation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Python dialect: CPython 3.11 semantics and printing, for the shared runtime. */
public final class PythonSemantics implements DialectSemantics {

    /** {@code str.lower}, {@code dict.get}: methods taken from a type, called with the instance first. */
    private static final Map<String, Class<?>> UNBOUND_RECEIVERS = Map.of("str", String.class, "list",
            ArrayList.class, "dict", LinkedHashMap.class, "set", PySet.class, "tuple", Tuple.class);

    @Override
    public Language language() {
        return Language.PYTHON;
    }

    @Override
    public void install(HostRegistry registry) {
        PyBuiltins.install(registry);
        PyStrMethods.install(registry);
        PyBytes.install(registry);
        PyGenerator.install(registry);
        PyOrderedDict.install(registry);
        PyNamedTuple.install(registry);
        PyCollectionMethods.install(registry);
        PyModules.install(registry);
        PyDataclasses.install(registry);
        PyItertools.install(registry);
        PyFunctools.install(registry);
        PythonLibrarySurface.refuseMissingImports(registry);
    }

    // ---- values the core creates

    @Override
    public Object literal(LiteralKind kind, Object value) {
        return switch (kind) {
            case NONE, NULL, UNIT -> null;
            case INT, LONG -> value instanceof Integer i ? (Object) (long) i : value;
            case FLOAT -> value instanceof Number n ? n.doubleValue() : value;
            case CHAR -> String.valueOf(value);
            case BYTES -> new PyBytes(((byte[]) value).clone());
            default -> value;
        };
    }

    @Override
    public Object unit() {
        return null;
    }

    @Override
    public Object tuple(Object[] items) {
        return items.length == 2 ? Tuple.pair(items[0], items[1]) : Tuple.of(items);
    }

    @Override
    public Object list(List<Object> items) {
        return new ArrayList<>(items);
    }

    @Override
    public Object set(List<Object> items) {
        PySet out = new PySet();
        items.forEach(out::add);
        return out;
    }

    @Override
    public Object dict(List<Object> keys, List<Object> values) {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            PyDicts.put(out, keys.get(i), values.get(i));
        }
        return out;
    }

    @Override
    public Object varargs(List<Object> items) {
        return Tuple.of(items.toArray());
    }

    @Override
    public Object keywordArgs(Map<String, Object> items) {
        return new LinkedHashMap<Object, Object>(items);
    }

    @Override
    public Object generator(List<Object> yielded) {
        return new PyGenerator(null, yielded.iterator());
    }

    @Override
    public Object generator(String functionName, Iterator<Object> items) {
        return new PyGenerator(functionName, items);
    }

    @Override
    public RuntimeException generatorRunning() {
        return PyErrors.valueError("generator already executing");
    }

    @Override
    public RuntimeException escapedGenerator(RuntimeException error) {
        if (error instanceof GuestException guest && guest.value().type() == PyErrors.STOP_ITERATION) {
            GuestException replaced = PyErrors.RUNTIME_ERROR.raise("generator raised StopIteration");
            return guest.position() == null ? replaced : replaced.at(guest.position());
        }
        return error;
    }

    @Override
    public Object programArguments(List<String> args) {
        return new ArrayList<Object>(args);
    }

    @Override
    public Object interpolate(InterpolationKind kind, String[] texts, Object[] values, String[] formats,
            char[] conversions) {
        StringBuilder out = new StringBuilder(texts[0]);
        for (int i = 0; i < values.length; i++) {
            Object value = conversions[i] == 0 ? values[i] : PyFormat.convert(values[i], conversions[i]);
            out.append(PyFormat.format(value, formats[i] == null ? "" : formats[i]));
            out.append(texts[i + 1]);
        }
        return out.toString();
    }

    // ---- operators and conversions

    @Override
    public BinaryOperation binary(BinaryOp op) {
        return switch (op) {
            case ADD -> PyOps::add;
            case SUB -> PyOps::subtract;
            case MUL -> PyOps::multiply;
            case DIV -> PyOps::trueDivide;
            case FLOOR_DIV -> PyOps::floorDivide;
            case MOD -> PyOps::modulo;
            case POW -> PyOps::power;
            case BIT_AND -> PyOps::bitAnd;
            case BIT_OR -> PyOps::bitOr;
            case BIT_XOR -> PyOps::bitXor;
            case SHIFT_LEFT -> PyOps::shiftLeft;
            case SHIFT_RIGHT -> PyOps::shiftRight;
            case EQ -> (a, b) -> PyCompare.equal(a, b);
            case NE -> (a, b) -> !PyCompare.equal(a, b);
            case LT -> (a, b) -> PyCompare.compare(a, b, "<") < 0;
            case LE -> (a, b) -> PyCompare.compare(a, b, "<=") <= 0;
            case GT -> (a, b) -> {
                int c = PyCompare.compare(a, b, ">");
                return c > 0 && c != PyCompare.UNORDERED;
            };
            case GE -> (a, b) -> {
                int c = PyCompare.compare(a, b, ">=");
                return c >= 0 && c != PyCompare.UNORDERED;
            };
            case IS -> (a, b) -> PyOps.is(a, b);
            case IS_NOT -> (a, b) -> !PyOps.is(a, b);
            case IN -> (a, b) -> PySequences.contains(b, a);
            case NOT_IN -> (a, b) -> !PySequences.contains(b, a);
            case MAT_MUL -> (a, b) -> {
                throw PyErrors.unsupported("@", a, b);
            };
            case UNSIGNED_SHIFT_RIGHT -> (a, b) -> {
                throw PyErrors.unsupported(">>>", a, b);
            };
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public BinaryOperation augmented(BinaryOp op) {
        if (op == BinaryOp.ADD) {
            return (a, b) -> {
                if (a instanceof PyInPlaceAdd target) {
                    return target.inPlaceAdd(b);
                }
                if (a instanceof List<?> list) {
                    ((List<Object>) list).addAll(PySequences.toList(b));
                    return list;
                }
                return PyOps.add(a, b);
            };
        }
        if (op == BinaryOp.MUL) {
            return (a, b) -> {
                if (a instanceof List<?> list && PyInts.isInt(b)) {
                    List<Object> repeated = (List<Object>) PyOps.multiply(list, b);
                    list.clear();
                    ((List<Object>) list).addAll(repeated);
                    return list;
                }
                return PyOps.multiply(a, b);
            };
        }
        if (op == BinaryOp.BIT_OR) {
            return (a, b) -> {
                if (a instanceof PySet set && b instanceof Set<?> other) {
                    set.update(other);
                    return set;
                }
                if (a instanceof Map<?, ?> map && b instanceof Map<?, ?> other) {
                    other.forEach((k, v) -> PyDicts.put(map, k, v));
                    return map;
                }
                return PyOps.bitOr(a, b);
            };
        }
        return binary(op);
    }

    @Override
    public UnaryOperation unary(UnaryOp op) {
        return switch (op) {
            case NEGATE -> PyOps::negate;
            case PLUS -> PyOps::plus;
            case BIT_NOT -> PyOps::invert;
            case NOT -> a -> !PyOps.isTruthy(a);
        };
    }

    @Override
    public boolean isTruthy(Object value) {
        return PyOps.isTruthy(value);
    }

    @Override
    public boolean isEqual(Object left, Object right) {
        return PyCompare.equal(left, right);
    }

    @Override
    public Iterator<?> iterate(Object value) {
        return PySequences.iterate(value);
    }

    @Override
    public String str(Object value) {
        return PyRepr.str(value);
    }

    @Override
    public String repr(Object value) {
        return PyRepr.repr(value);
    }

    @Override
    public String typeName(Object value) {
        return PyRepr.typeName(value);
    }

    @Override
    public TypeTest typeTest(String typeName) {
        ErrorType error = switch (typeName) {
            case "json.JSONDecodeError", "json.decoder.JSONDecodeError", "JSONDecodeError" ->
                    PyErrors.JSON_DECODE_ERROR;
            case "re.error" -> PyRegex.ERROR;
            case "dataclasses.FrozenInstanceError", "FrozenInstanceError" -> PyErrors.FROZEN_INSTANCE_ERROR;
            default -> PyErrors.builtIns().get(typeName);
        };
        if (error != null) {
            return v -> v instanceof ErrorValue e && e.type().isSubtypeOf(error);
        }
        PyType type = PyBuiltins.TYPES.get(typeName);
        return type;
    }

    // ---- access

    @Override
    public Object index(Object target, Object index) {
        return PySequences.getItem(target, index);
    }

    @Override
    public void setIndex(Object target, Object index, Object value) {
        PySequences.setItem(target, index, value);
    }

    @Override
    public void deleteIndex(Object target, Object index) {
        PySequences.deleteItem(target, index);
    }

    @Override
    public Object slice(Object lower, Object upper, Object step) {
        return new PySlice(lower, upper, step);
    }

    @Override
    public Object applyValue(Object callee, Object[] args) {
        throw PyErrors.typeError("'" + PyRepr.typeName(callee) + "' object is not callable");
    }

    @Override
    public void update(Object target, Object[] args, Object value) {
        throw PyErrors.typeError("'" + PyRepr.typeName(target) + "' object is not callable");
    }

    @Override
    public Object attribute(Object receiver, String name, RunContext context) {
        dev.streamlab.lang.runtime.NativeMethod property = receiver == null ? null
                : context.registry().findProperty(receiver.getClass(), name);
        if (property != null) {
            return property.invoke(context, receiver, new Object[0]);
        }
        if (receiver == PyBuiltins.STR && name.equals("maketrans")) {
            return PyStrMethods.MAKETRANS;
        }
        if (receiver == PyBytes.TYPE && name.equals("fromhex")) {
            return PyBytes.FROMHEX;
        }
        if (receiver instanceof PyType type && UNBOUND_RECEIVERS.containsKey(type.name())) {
            Class<?> instances = UNBOUND_RECEIVERS.get(type.name());
            if (context.registry().hasMethod(instances, name)) {
                return new PyNative(type.name() + "." + name, call -> {
                    if (call.count() == 0 || !type.matches(call.arg(0, "self"))) {
                        throw PyErrors.typeError("descriptor '" + name + "' for '" + type.name()
                                + "' objects doesn't apply to a '" + PyRepr.typeName(call.arg(0, "self", null))
                                + "' object");
                    }
                    Object self = call.arg(0, "self");
                    Object[] rest = call.positional().subList(1, call.count()).toArray();
                    return context.registry().findMethod(self.getClass(), name, rest.length)
                            .invokeWithKeywords(context, self, rest, call.keywords().keySet().toArray(new String[0]),
                                    call.keywords().values().toArray());
                }, context);
            }
        }
        return PyAttributes.get(receiver, name);
    }


    @Override
    public void setAttribute(Object receiver, String name, Object value) {
        PyAttributes.checkAllowed(name);
        if (receiver instanceof dev.streamlab.lang.runtime.ClassValue cls && cls.isPython()) {
            cls.setAttribute(name, value);
            return;
        }
        throw PyErrors.ATTRIBUTE_ERROR.raise("'" + PyRepr.typeName(receiver) + "' object attribute '" + name
                + "' is read-only");
    }

    @Override
    public boolean selectCallsParameterless() {
        return false;
    }

    // ---- errors

    @Override
    public RuntimeException noSuchMember(Object receiver, String name, String suggestion) {
        String unavailable = PythonLibrarySurface.unavailableMember(receiver, name);
        if (unavailable != null) {
            return new dev.streamlab.lang.runtime.LangException("lang.member.unavailable", null, unavailable);
        }
        String text;
        if (receiver instanceof dev.streamlab.lang.runtime.HostObject module) {
            text = "module '" + module.name() + "' has no attribute '" + name + "'";
        } else if (receiver instanceof dev.streamlab.lang.runtime.ClassValue cls) {
            text = "type object '" + cls.className() + "' has no attribute '" + name + "'";
        } else {
            text = "'" + PyRepr.typeName(receiver) + "' object has no attribute '" + name + "'";
        }
        return PyErrors.hinted(PyErrors.ATTRIBUTE_ERROR, text, suggestion);
    }

    @Override
    public RuntimeException unboundName(String name, String suggestion) {
        return PyErrors.hinted(PyErrors.NAME_ERROR, "name '" + name + "' is not defined", suggestion);
    }

    @Override
    public RuntimeException matchError(Object value) {
        return PyErrors.TYPE_ERROR.raise("no pattern matched " + PyRepr.repr(value));
    }

    @Override
    public RuntimeException unpackMismatch(int expected, int actual) {
        if (actual > expected) {
            return PyErrors.valueError("too many values to unpack (expected " + expected + ")");
        }
        return PyErrors.valueError("not enough values to unpack (expected " + expected + ", got " + actual + ")");
    }

    @Override
    public Object[] matchSequence(Object subject) {
        return PyMatching.sequence(subject);
    }

    @Override
    public Map<?, ?> matchMapping(Object subject) {
        return PyMatching.mapping(subject);
    }

    @Override
    public Object[] matchClass(Object subject, Object type, int positional, String[] keywords, RunContext context) {
        return PyMatching.classParts(subject, type, positional, keywords, context);
    }

    @Override
    public RuntimeException readOnlyProperty(String name, String className) {
        return PyErrors.ATTRIBUTE_ERROR.raise("property '" + name + "' of '" + className + "' object has no setter");
    }

    @Override
    public RuntimeException argumentMismatch(String function, String problem) {
        return PyErrors.typeError(function + "() " + problem);
    }

    @Override
    public ErrorValue toThrowable(Object value) {
        if (value instanceof ErrorValue error) {
            return error;
        }
        if (value instanceof ErrorType type) {
            return new ErrorValue(type, null, null, new Object[0]);
        }
        throw PyErrors.typeError("exceptions must derive from BaseException");
    }

    @Override
    public GuestException fromJava(RuntimeException exception) {
        String message = exception.getMessage() == null ? "" : exception.getMessage();
        if (exception instanceof NullPointerException) {
            int open = message.indexOf('"');
            int close = open < 0 ? -1 : message.indexOf('"', open + 1);
            String member = close > open ? message.substring(open + 1, close).replace("()", "") : "?";
            return PyErrors.ATTRIBUTE_ERROR.raise("'NoneType' object has no attribute '" + member + "'");
        }
        if (exception instanceof ArithmeticException) {
            return PyErrors.zeroDivision("division by zero");
        }
        if (exception instanceof IndexOutOfBoundsException) {
            return PyErrors.indexError("index out of range");
        }
        if (exception instanceof NumberFormatException) {
            return PyErrors.valueError(message);
        }
        if (exception instanceof java.util.ConcurrentModificationException) {
            return PyErrors.RUNTIME_ERROR.raise("dictionary changed size during iteration");
        }
        if (exception instanceof java.util.NoSuchElementException) {
            return PyErrors.STOP_ITERATION.raise(null);
        }
        if (exception instanceof ClassCastException) {
            return PyErrors.typeError("an argument has the wrong type (" + message + ")");
        }
        if (exception instanceof UnsupportedOperationException) {
            return PyErrors.typeError("this object cannot be changed");
        }
        return PyErrors.RUNTIME_ERROR.raise(message);
    }

    @Override
    public String uncaughtMessage(ErrorValue error) {
        return PyErrors.describe(error);
    }

    /** A function value where Python expects a callable (key=, map, filter). */
    static LangFunction callable(Object value) {
        if (value instanceof LangFunction function) {
            return function;
        }
        throw PyErrors.typeError("'" + PyRepr.typeName(value) + "' object is not callable");
    }
}
