package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.BinaryOp;
import dev.streamlab.lang.ast.InterpolationKind;
import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.ast.LiteralKind;
import dev.streamlab.lang.ast.UnaryOp;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Everything language-specific the shared runtime asks a dialect. The core (resolver, compiler, executable nodes)
 * handles scoping, calls, control flow, pattern matching and the sandbox; it never interprets a value itself. Found
 * with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/dev.streamlab.lang.runtime.DialectSemantics}); one instance serves every run, so
 * implementations keep no per-run state. Methods throw {@link GuestException} for errors the program could catch
 * ({@code TypeError}, {@code java.lang.ArithmeticException}) and {@link LangException} for mistakes scalac would
 * reject; positions are filled in by the calling node.
 */
public interface DialectSemantics {

    Language language();

    /** Declares the dialect's own library (built-ins, methods on its values) into a fresh registry. */
    void install(HostRegistry registry);

    // ---- values the core creates

    /** The runtime value of a literal (see {@link LiteralKind} for what the parser stores). */
    Object literal(LiteralKind kind, Object value);

    /** The value of a statement, an empty block, a def without return: Scala {@code ()}, Python {@code None}. */
    Object unit();

    /** A tuple display; both dialects use {@link dev.streamlab.engine.Tuple}. */
    Object tuple(Object[] items);

    /** A Python list display {@code [..]} and list comprehension. */
    Object list(List<Object> items);

    /** A Python set display and set comprehension. */
    Object set(List<Object> items);

    /** A Python dict display and dict comprehension; keys and values in source order. */
    Object dict(List<Object> keys, List<Object> values);

    /** What a {@code *args} / Scala {@code xs: Int*} parameter receives. */
    Object varargs(List<Object> items);

    /** What a Scala {@code main(args: Array[String])} receives; Python reads {@code sys.argv} instead. */
    default Object programArguments(List<String> args) {
        return list(new java.util.ArrayList<>(args));
    }

    /** What a Python {@code **kwargs} parameter receives. */
    Object keywordArgs(Map<String, Object> items);

    /** A sequence of yielded values, for a dialect whose generators are collections. */
    Object generator(List<Object> yielded);

    /**
     * What calling the generator function {@code functionName} (null for a generator expression) returns: a
     * one-shot iterator whose items are computed as they are taken. A dialect without lazy iterators collects them.
     */
    default Object generator(String functionName, Iterator<Object> items) {
        List<Object> yielded = new java.util.ArrayList<>();
        items.forEachRemaining(yielded::add);
        return generator(yielded);
    }

    /** The error of asking a generator for its next item from inside its own body. */
    default RuntimeException generatorRunning() {
        return new LangException("lang.generator.running", null);
    }

    /** What an exception leaving a generator's body becomes (Python: a StopIteration becomes a RuntimeError). */
    default RuntimeException escapedGenerator(RuntimeException error) {
        return error;
    }

    /**
     * An interpolated string. {@code texts} has one more element than {@code values}; {@code formats[i]} and
     * {@code conversions[i]} belong to {@code values[i]} (null / 0 when absent).
     */
    Object interpolate(InterpolationKind kind, String[] texts, Object[] values, String[] formats, char[] conversions);

    // ---- operators and conversions

    BinaryOperation binary(BinaryOp op);

    /** The operator of an augmented assignment ({@code +=}): Python lists extend in place. */
    default BinaryOperation augmented(BinaryOp op) {
        return binary(op);
    }

    UnaryOperation unary(UnaryOp op);

    /**
     * The conversion a declared type applies to values stored under it (Scala widens {@code 2} to {@code 2.0} for a
     * {@code Double} parameter, val or result), or null when values pass unchanged.
     */
    default UnaryOperation coercion(String declaredType) {
        return null;
    }

    /**
     * Whether {@code x op= y} updates this value through its own {@code op=} method (Scala's mutable collections),
     * rather than storing {@code x op y} back into the variable (an immutable Set or Map in a var).
     */
    default boolean updatesInPlace(Object value) {
        return true;
    }

    /**
     * The copy of a captured value a Spark task gets (see {@link LangFunction#taskCopy()}): mutable collections are
     * copied, immutable values may be returned as they are.
     */
    default Object copyForTask(Object value) {
        return value;
    }

    /** A condition's truth: Scala requires a Boolean, Python has truthiness. */
    boolean isTruthy(Object value);

    /** {@code ==} as the dialect defines it; used by literal patterns. */
    boolean isEqual(Object left, Object right);

    /** Iteration for {@code for} loops, comprehensions, unpacking and {@code *spread}. */
    Iterator<?> iterate(Object value);

    /** The text {@code print}/{@code println} writes (Python {@code str}, JVM {@code toString}). */
    String str(Object value);

    /** Python {@code repr}; Scala uses {@code toString} here too. */
    String repr(Object value);

    /** The value's type as the dialect names it in messages ({@code int}, {@code String}). */
    String typeName(Object value);

    /** Type names usable in typed patterns that are not values ({@code Int}, {@code String}); null if unknown. */
    TypeTest typeTest(String typeName);

    // ---- access

    /** Python {@code target[index]} (index may be a slice value from {@link #slice}). */
    Object index(Object target, Object index);

    void setIndex(Object target, Object index, Object value);

    void deleteIndex(Object target, Object index);

    /** A slice value for {@code a[lower:upper:step]}; absent parts are null. */
    Object slice(Object lower, Object upper, Object step);

    /** Calling a value that is not a function: Scala {@code xs(0)}, {@code m("k")}; Python raises TypeError. */
    Object applyValue(Object callee, Object[] args);

    /** Scala {@code target(args) = value} ({@code update}). */
    void update(Object target, Object[] args, Object value);

    /**
     * Attribute of a value that has neither a {@link MemberHolder} member nor a registered native method of that
     * name: null means "no such attribute" (the core then calls {@link #noSuchMember}).
     */
    Object attribute(Object receiver, String name, RunContext context);

    /** {@code receiver.name = value} on a value that is not an instance of a program class. */
    void setAttribute(Object receiver, String name, Object value);

    /**
     * Whether {@code x.m} without an argument list calls a parameterless method (Scala {@code xs.length}) rather
     * than giving the bound method (Python).
     */
    boolean selectCallsParameterless();

    // ---- errors

    /**
     * The error for a missing member: Scala {@code value reduceBykey is not a member of ...} (a LangException),
     * Python {@code AttributeError} (a GuestException). {@code suggestion} is the closest existing name or null.
     */
    RuntimeException noSuchMember(Object receiver, String name, String suggestion);

    /** A Python name read before assignment: {@code NameError}/{@code UnboundLocalError}. */
    RuntimeException unboundName(String name, String suggestion);

    /**
     * A Python local read before the function assigned it ({@code count += 1} without {@code global count}):
     * CPython's {@code UnboundLocalError}.
     */
    default RuntimeException unboundLocal(String name) {
        return unboundName(name, null);
    }

    /** No case matched: {@code scala.MatchError}. */
    RuntimeException matchError(Object value);

    /** Unpacking a sequence of the wrong length into a tuple pattern or target list. */
    RuntimeException unpackMismatch(int expected, int actual);

    /** Wrong number of arguments to a program-defined function. */
    RuntimeException argumentMismatch(String function, String problem);

    /** A Python sequence pattern's subject as its items, or null when it is not a sequence (a str is not). */
    default Object[] matchSequence(Object subject) {
        return null;
    }

    /** A Python mapping pattern's subject as a map, or null when it is not a mapping. */
    default Map<?, ?> matchMapping(Object subject) {
        return null;
    }

    /**
     * A Python class pattern: null when {@code subject} is not an instance of {@code type} or lacks an attribute;
     * otherwise the {@code positional} values ({@code __match_args__}, or the subject itself for int, str, ...)
     * followed by the {@code keywords} attributes' values.
     */
    default Object[] matchClass(Object subject, Object type, int positional, String[] keywords, RunContext context) {
        return null;
    }

    /** Assigning a Python property that has no setter. */
    default RuntimeException readOnlyProperty(String name, String className) {
        return argumentMismatch(name, "has no setter");
    }

    /**
     * The exception value {@code throw}/{@code raise} throws for an operand: an {@link ErrorValue} as is, an
     * {@link ErrorType} instantiated (Python {@code raise ValueError}); anything else is the dialect's error.
     */
    ErrorValue toThrowable(Object value);

    /**
     * A Java exception escaping library code (ClassCastException from a wrongly typed argument,
     * NullPointerException, ArithmeticException), as the dialect's catchable exception.
     */
    GuestException fromJava(RuntimeException exception);

    /** The line the program prints for an exception that ends it ({@code Exception in thread "main" ...}). */
    String uncaughtMessage(ErrorValue error);

    /**
     * How a library that sorts by natural order (Spark's {@code sortByKey}) compares two program instances: by the
     * ordering the program declared for their class (Scala's implicit {@code Ordering}); none by default.
     */
    default int compareInstances(Instance a, Object b) {
        throw new ClassCastException(a.productPrefix() + " has no natural ordering");
    }
}
