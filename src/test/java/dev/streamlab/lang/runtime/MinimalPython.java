package dev.streamlab.lang.runtime;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.ast.BinaryOp;
import dev.streamlab.lang.ast.InterpolationKind;
import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.ast.LiteralKind;
import dev.streamlab.lang.ast.UnaryOp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Just enough Python semantics (ints as Long, None as null, lists as ArrayList) to test the core's Python-mode
 * scoping, calls and control flow without the python-front dialect.
 */
final class MinimalPython implements DialectSemantics {

    static final ErrorType EXCEPTION = new ErrorType("Exception", null);
    static final ErrorType VALUE_ERROR = new ErrorType("ValueError", EXCEPTION);
    static final ErrorType NAME_ERROR = new ErrorType("NameError", EXCEPTION);

    @Override
    public Language language() {
        return Language.PYTHON;
    }

    @Override
    public void install(HostRegistry registry) {
        registry.global("Exception", EXCEPTION);
        registry.global("ValueError", VALUE_ERROR);
        registry.global("len", new NativeFunction("len", 1, a -> (long) ((List<?>) a[0]).size()));
    }

    @Override
    public Object literal(LiteralKind kind, Object value) {
        return kind == LiteralKind.INT ? ((Number) value).longValue() : value;
    }

    @Override
    public Object unit() {
        return null;
    }

    @Override
    public Object tuple(Object[] items) {
        return Tuple.of(items);
    }

    @Override
    public Object list(List<Object> items) {
        return new ArrayList<>(items);
    }

    @Override
    public Object set(List<Object> items) {
        return new java.util.LinkedHashSet<>(items);
    }

    @Override
    public Object dict(List<Object> keys, List<Object> values) {
        Map<Object, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            map.put(keys.get(i), values.get(i));
        }
        return map;
    }

    @Override
    public Object varargs(List<Object> items) {
        return Tuple.of(items.toArray());
    }

    @Override
    public Object keywordArgs(Map<String, Object> items) {
        return new java.util.LinkedHashMap<Object, Object>(items);
    }

    @Override
    public Object generator(List<Object> yielded) {
        return new ArrayList<>(yielded);
    }

    @Override
    public Object interpolate(InterpolationKind kind, String[] texts, Object[] values, String[] formats,
            char[] conversions) {
        StringBuilder out = new StringBuilder(texts[0]);
        for (int i = 0; i < values.length; i++) {
            out.append(str(values[i])).append(texts[i + 1]);
        }
        return out.toString();
    }

    @Override
    public BinaryOperation binary(BinaryOp op) {
        return switch (op) {
            case ADD -> (l, r) -> l instanceof String s ? s + r : (Long) l + (Long) r;
            case SUB -> (l, r) -> (Long) l - (Long) r;
            case MUL -> (l, r) -> (Long) l * (Long) r;
            case FLOOR_DIV -> (l, r) -> {
                if ((Long) r == 0) {
                    throw new GuestException(EXCEPTION.create("division by zero"));
                }
                return Math.floorDiv((Long) l, (Long) r);
            };
            case LT -> (l, r) -> (Long) l < (Long) r;
            case GT -> (l, r) -> (Long) l > (Long) r;
            case EQ -> (l, r) -> Objects.equals(l, r);
            default -> throw new UnsupportedOperationException(op.name());
        };
    }

    @Override
    public UnaryOperation unary(UnaryOp op) {
        return op == UnaryOp.NOT ? v -> !isTruthy(v) : v -> -(Long) v;
    }

    @Override
    public boolean isTruthy(Object value) {
        return value != null && !Boolean.FALSE.equals(value) && !Long.valueOf(0).equals(value);
    }

    @Override
    public boolean isEqual(Object left, Object right) {
        return Objects.equals(left, right);
    }

    @Override
    public Iterator<?> iterate(Object value) {
        return ((Iterable<?>) value).iterator();
    }

    @Override
    public String str(Object value) {
        return value == null ? "None" : String.valueOf(value);
    }

    @Override
    public String repr(Object value) {
        return str(value);
    }

    @Override
    public String typeName(Object value) {
        return value == null ? "NoneType" : value.getClass().getSimpleName();
    }

    @Override
    public TypeTest typeTest(String typeName) {
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object index(Object target, Object index) {
        return target instanceof Map<?, ?> m ? m.get(index) : ((List<Object>) target).get(((Long) index).intValue());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void setIndex(Object target, Object index, Object value) {
        if (target instanceof Map<?, ?> m) {
            ((Map<Object, Object>) m).put(index, value);
        } else {
            ((List<Object>) target).set(((Long) index).intValue(), value);
        }
    }

    @Override
    public void deleteIndex(Object target, Object index) {
        ((Map<?, ?>) target).remove(index);
    }

    @Override
    public Object slice(Object lower, Object upper, Object step) {
        return Tuple.of(lower, upper, step);
    }

    @Override
    public Object applyValue(Object callee, Object[] args) {
        throw new GuestException(EXCEPTION.create("'" + typeName(callee) + "' object is not callable"));
    }

    @Override
    public void update(Object target, Object[] args, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object attribute(Object receiver, String name, RunContext context) {
        return null;
    }

    @Override
    public void setAttribute(Object receiver, String name, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean selectCallsParameterless() {
        return false;
    }

    @Override
    public RuntimeException noSuchMember(Object receiver, String name, String suggestion) {
        return new GuestException(EXCEPTION.create("AttributeError: " + name));
    }

    @Override
    public RuntimeException unboundName(String name, String suggestion) {
        return new GuestException(NAME_ERROR.create("name '" + name + "' is not defined"
                + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)")));
    }

    @Override
    public RuntimeException matchError(Object value) {
        return new GuestException(EXCEPTION.create("no match"));
    }

    @Override
    public RuntimeException unpackMismatch(int expected, int actual) {
        return new GuestException(VALUE_ERROR.create("expected " + expected + ", got " + actual));
    }

    @Override
    public RuntimeException argumentMismatch(String function, String problem) {
        return new GuestException(EXCEPTION.create(function + "() " + problem));
    }

    @Override
    public ErrorValue toThrowable(Object value) {
        return value instanceof ErrorType t ? t.create(null) : (ErrorValue) value;
    }

    @Override
    public GuestException fromJava(RuntimeException exception) {
        return new GuestException(EXCEPTION.create(exception.toString()));
    }

    @Override
    public String uncaughtMessage(ErrorValue error) {
        return error.type().simpleName() + ": " + error.message();
    }
}
