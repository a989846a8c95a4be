package dev.streamlab.lang.runtime;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A function value of either dialect: lambdas, defs, natives, classes and constructors. It implements the
 * java.util.function interfaces the engine calls with ({@link Function}, {@link Predicate}, {@link Supplier},
 * {@link Consumer}, {@link BiConsumer}); {@link BiFunction} clashes with Function's {@code andThen}, so two-argument
 * use goes through {@link #asBiFunction()}. Program-defined functions charge the sandbox budget on every call.
 */
public abstract class LangFunction
        implements Function<Object, Object>, Predicate<Object>, Supplier<Object>, Consumer<Object>,
                BiConsumer<Object, Object>, dev.streamlab.engine.PerTask {

    private BiFunction<Object, Object, Object> biFunction;

    /** For error messages and printing. */
    public abstract String name();

    /** Calls with positional arguments. */
    public abstract Object call(Object[] args);

    /** How many parameters a caller must pass, or -1 when it varies (defaults, varargs, natives with overloads). */
    public int arity() {
        return -1;
    }

    /**
     * Whether the parameter at {@code position} is by-name (Scala {@code default: => B}): the caller then passes a
     * {@link Thunk} the function evaluates when, and as often as, it needs the value. Program functions and most
     * natives take values.
     */
    public boolean takesByName(int position) {
        return false;
    }

    /**
     * Calls with keyword arguments too (Python {@code f(a, key=k)}, Scala named arguments). Functions that have no
     * parameter names reject them.
     */
    public Object callWithKeywords(Object[] positional, String[] names, Object[] values) {
        if (names.length == 0) {
            return call(positional);
        }
        throw new LangException("lang.call.noKeywords", null, name(), names[0]);
    }

    /**
     * The copy of this function a Spark task runs: Spark serializes a closure into each task, so variables it
     * captured are the task's own copies and changes to them never reach the driver
     * ({@code rdd.foreach(x => counter += 1)} leaves the driver's {@code counter} alone). Functions without captured
     * state return themselves.
     */
    public LangFunction taskCopy() {
        return this;
    }

    /** Each Spark task runs its own copy of a student's function ({@link #taskCopy()}). */
    @Override
    public final Object copyForTask() {
        return taskCopy();
    }

    /**
     * Whether a partial function ({@code { case (k, v) if v > 1 => k }}) has a case for the argument, without running
     * the case body; ordinary functions accept everything. {@code collect} uses it.
     */
    public boolean isDefinedAt(Object argument) {
        return true;
    }

    public Object call0() {
        return call(new Object[0]);
    }

    public Object call1(Object a) {
        return call(new Object[] {a});
    }

    public Object call2(Object a, Object b) {
        return call(new Object[] {a, b});
    }

    /** Whether a result counts as true where the engine needs a boolean (filter): the dialect may override. */
    protected boolean isTrue(Object result) {
        if (result instanceof Boolean b) {
            return b;
        }
        throw new LangException("lang.call.notBoolean", null, name(), String.valueOf(result));
    }

    @Override
    public final Object apply(Object a) {
        return call1(a);
    }

    @Override
    public final boolean test(Object a) {
        return isTrue(call1(a));
    }

    @Override
    public final Object get() {
        return call0();
    }

    @Override
    public final void accept(Object a) {
        call1(a);
    }

    @Override
    public final void accept(Object a, Object b) {
        call2(a, b);
    }

    public final BiFunction<Object, Object, Object> asBiFunction() {
        if (biFunction == null) {
            biFunction = this::call2;
        }
        return biFunction;
    }

    @Override
    public String toString() {
        return "<function " + name() + ">";
    }
}
