package dev.streamlab.lang.scala;

import dev.streamlab.engine.EngineException;
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
import dev.streamlab.lang.runtime.Instance;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.RunContext;
import dev.streamlab.lang.runtime.TypeTest;
import dev.streamlab.lang.runtime.UnaryOperation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Scala dialect: Scala 2.13 semantics and printing on the JVM, for the shared runtime. */
public final class ScalaSemantics implements DialectSemantics {

    @Override
    public Language language() {
        return Language.SCALA;
    }

    @Override
    public void install(HostRegistry registry) {
        ScalaErrors.install(registry);
        ScalaPredef.install(registry);
        ScalaStrings.install(registry);
        ScalaNumberMethods.install(registry);
        ScalaCollections.install(registry);
        ScalaMaps.install(registry);
        ScalaOptions.install(registry);
        ScalaAnyMethods.install(registry);
        ScalaProducts.install(registry);
        ScalaTry.install(registry);
        ScalaEither.install(registry);
        ScalaOrderingValue.install(registry);
        ScalaImplicitOrderings.install(registry);
        ScalaRegex.install(registry);
        ScalaByName.install(registry);
        ScalaMoreCollections.install(registry);
        ScalaStringExtras.install(registry);
        ScalaLessonExtras.install(registry);
        ScalaCollectionViews.install(registry);
        ScalaBigNumbers.install(registry);
        ScalaSeveralOperands.install(registry);
    }

    @Override
    public Object literal(LiteralKind kind, Object value) {
        return switch (kind) {
            case UNIT -> ScalaUnit.INSTANCE;
            case NONE -> Optional.empty();
            case NULL -> null;
            case INT -> value instanceof Number n && !(value instanceof Integer) ? n.intValue() : value;
            case LONG -> value instanceof Number n ? n.longValue() : value;
            case FLOAT -> value instanceof Number n ? n.doubleValue() : value;
            default -> value;
        };
    }

    @Override
    public Object unit() {
        return ScalaUnit.INSTANCE;
    }

    @Override
    public Object tuple(Object[] items) {
        return items.length == 2 ? Tuple.pair(items[0], items[1]) : Tuple.of(items);
    }

    @Override
    public Object list(List<Object> items) {
        return ScalaSeq.list(items);
    }

    @Override
    public Object set(List<Object> items) {
        return ScalaSet.of(false, items);
    }

    @Override
    public Object dict(List<Object> keys, List<Object> values) {
        Map<Object, Object> entries = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            entries.put(keys.get(i), values.get(i));
        }
        return ScalaMap.of(false, entries);
    }

    @Override
    public Object varargs(List<Object> items) {
        return ScalaSeq.of(ScalaSeq.Kind.ARRAY_SEQ, items);
    }

    @Override
    public Object keywordArgs(Map<String, Object> items) {
        return ScalaMap.of(false, items);
    }

    @Override
    public Object generator(List<Object> yielded) {
        return ScalaSeq.list(yielded);
    }

    @Override
    public Object programArguments(List<String> args) {
        return ScalaSeq.array(args);
    }

    @Override
    public Object interpolate(InterpolationKind kind, String[] texts, Object[] values, String[] formats,
            char[] conversions) {
        StringBuilder out = new StringBuilder(texts[0]);
        for (int i = 0; i < values.length; i++) {
            if (kind == InterpolationKind.SCALA_F && formats[i] != null && !formats[i].isEmpty()) {
                out.append(ScalaFormat.formatOne(formats[i], values[i]));
            } else {
                out.append(ScalaPrinter.show(values[i]));
            }
            out.append(texts[i + 1]);
        }
        String text = out.toString();
        return kind == InterpolationKind.SCALA_F ? text.replace("%%", "%").replace("%n", "\n") : text;
    }

    @Override
    public BinaryOperation binary(BinaryOp op) {
        return ScalaOperators.binary(op);
    }

    @Override
    public UnaryOperation unary(UnaryOp op) {
        return ScalaOperators.unary(op);
    }

    @Override
    public UnaryOperation coercion(String declaredType) {
        return switch (declaredType.trim()) {
            case "Double" -> v -> v instanceof Integer || v instanceof Long || v instanceof Float
                    || v instanceof Character ? (Object) ScalaNumbers.toDouble(v) : v;
            case "Long" -> v -> v instanceof Integer || v instanceof Character ? (Object) ScalaNumbers.toLong(v) : v;
            case "Float" -> v -> v instanceof Integer || v instanceof Long || v instanceof Character
                    ? (Object) ScalaNumbers.toFloat(v) : v;
            case "BigInt", "BigDecimal", "scala.math.BigInt", "scala.math.BigDecimal" -> {
                String type = declaredType.trim().replace("scala.math.", "");
                yield v -> ScalaBigNumbers.widenTo(type, v);
            }
            default -> null;
        };
    }

    @Override
    public boolean updatesInPlace(Object value) {
        if (value instanceof ScalaSeq seq) {
            return seq.kind().growable();
        }
        if (value instanceof ScalaSet set) {
            return set.isMutable();
        }
        return !(value instanceof ScalaMap map) || map.isMutable();
    }

    @Override
    public Object copyForTask(Object value) {
        if (value instanceof ScalaSeq seq && (seq.kind().growable() || seq.kind() == ScalaSeq.Kind.ARRAY)) {
            return ScalaSeq.of(seq.kind(), seq);
        }
        if (value instanceof ScalaMap map && map.isMutable()) {
            return ScalaMap.of(true, map);
        }
        if (value instanceof ScalaSet set && set.isMutable()) {
            return ScalaSet.of(true, set);
        }
        return value;
    }

    @Override
    public boolean isTruthy(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new LangException("lang.scala.typeMismatch", null, ScalaTypes.name(value), "Boolean");
    }

    @Override
    public boolean isEqual(Object left, Object right) {
        return ScalaOperators.equal(left, right);
    }

    @Override
    public Iterator<?> iterate(Object value) {
        if (value instanceof Iterable<?> iterable) {
            return iterable.iterator();
        }
        if (value instanceof Map<?, ?> map) {
            return ScalaMap.of(false, map).iterator();
        }
        if (value instanceof String s) {
            List<Object> chars = new ArrayList<>(s.length());
            for (char c : s.toCharArray()) {
                chars.add(c);
            }
            return chars.iterator();
        }
        if (value instanceof Optional<?> option) {
            return option.stream().iterator();
        }
        throw new LangException("lang.scala.notIterable", null, ScalaTypes.name(value));
    }

    @Override
    public String str(Object value) {
        return ScalaPrinter.show(value);
    }

    @Override
    public String repr(Object value) {
        return ScalaPrinter.show(value);
    }

    @Override
    public String typeName(Object value) {
        return ScalaTypes.name(value);
    }

    @Override
    public TypeTest typeTest(String typeName) {
        return ScalaTypes.test(typeName);
    }

    @Override
    public Object index(Object target, Object index) {
        throw new LangException("lang.scala.noIndexing", null);
    }

    @Override
    public void setIndex(Object target, Object index, Object value) {
        throw new LangException("lang.scala.noIndexing", null);
    }

    @Override
    public void deleteIndex(Object target, Object index) {
        throw new LangException("lang.scala.noIndexing", null);
    }

    @Override
    public Object slice(Object lower, Object upper, Object step) {
        throw new LangException("lang.scala.noIndexing", null);
    }

    @Override
    public Object applyValue(Object callee, Object[] args) {
        return ScalaApply.apply(callee, args);
    }

    @Override
    public void update(Object target, Object[] args, Object value) {
        ScalaApply.update(target, args, value);
    }

    @Override
    public Object attribute(Object receiver, String name, RunContext context) {
        return null;
    }

    @Override
    public void setAttribute(Object receiver, String name, Object value) {
        throw new LangException("lang.assign.val", null, name);
    }

    @Override
    public boolean selectCallsParameterless() {
        return true;
    }

    @Override
    public RuntimeException noSuchMember(Object receiver, String name, String suggestion) {
        String unavailable = ScalaLibrarySurface.unavailableMember(receiver, name);
        if (unavailable != null) {
            return new LangException("lang.scala.unavailable", null, unavailable);
        }
        String type = receiver instanceof dev.streamlab.lang.runtime.HostObject host ? host.name()
                : ScalaTypes.name(receiver);
        return suggestion == null ? new LangException("lang.scala.notMember", null, name, type)
                : new LangException("lang.scala.notMemberSuggest", null, name, type, suggestion);
    }

    @Override
    public RuntimeException unboundName(String name, String suggestion) {
        return suggestion == null ? new LangException("lang.name.notFound", null, name)
                : new LangException("lang.name.notFoundSuggest", null, name, suggestion);
    }

    @Override
    public RuntimeException matchError(Object value) {
        return ScalaErrors.MATCH_ERROR.raise(ScalaPrinter.show(value) + " (of class "
                + ScalaTypes.jvmClassName(value) + ")");
    }

    @Override
    public RuntimeException unpackMismatch(int expected, int actual) {
        return ScalaErrors.MATCH_ERROR.raise("expected " + expected + " values, got " + actual);
    }

    @Override
    public RuntimeException argumentMismatch(String function, String problem) {
        return new LangException("lang.call.arguments", null, function, problem);
    }

    @Override
    public ErrorValue toThrowable(Object value) {
        if (value instanceof ErrorValue error) {
            return error;
        }
        if (value instanceof ErrorType type) {
            return type.create(null);
        }
        throw new LangException("lang.scala.typeMismatch", null, ScalaTypes.name(value), "Throwable");
    }

    @Override
    public GuestException fromJava(RuntimeException exception) {
        if (exception instanceof ClassCastException) {
            return ScalaErrors.CLASS_CAST.raise(exception.getMessage());
        }
        if (exception instanceof EngineException spark) {
            // Spark's own exception class (IllegalArgumentException for a failed require), not the engine's
            return ScalaErrors.forJavaName(spark.sparkClassName()).raise(spark.getMessage());
        }
        return ScalaErrors.forJavaName(exception.getClass().getName()).raise(exception.getMessage());
    }

    @Override
    public String uncaughtMessage(ErrorValue error) {
        return "Exception in thread \"main\" " + error;
    }

    /** Spark's {@code sortByKey}, {@code top}, {@code takeOrdered} on program classes use their implicit ordering. */
    @Override
    public int compareInstances(Instance a, Object b) {
        return ScalaOrdering.compare(a, b);
    }

    /** Whether a function value was given where Scala expects one (for library messages). */
    static LangFunction function(Object value, String method) {
        if (value instanceof LangFunction function) {
            return function;
        }
        throw new LangException("lang.scala.typeMismatch", null, ScalaTypes.name(value), "a function (in " + method
                + ")");
    }
}
