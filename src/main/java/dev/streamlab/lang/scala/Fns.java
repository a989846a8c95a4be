package dev.streamlab.lang.scala;

import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.NativeFunction;
import dev.streamlab.lang.runtime.Thunk;
import java.util.function.BiFunction;

/**
 * Helpers for the library's natives: calling what a program passes as a function (a lambda, but also a Map, Set
 * or Seq, which Scala lets you use as functions), and registering methods by receiver type.
 */
final class Fns {

    private Fns() {
    }

    static Object call1(Object function, Object argument) {
        if (function instanceof LangFunction f) {
            return f.call1(argument);
        }
        return ScalaApply.apply(function, new Object[] {argument});
    }

    static Object call2(Object function, Object a, Object b) {
        if (function instanceof LangFunction f) {
            return f.call2(a, b);
        }
        throw new LangException("lang.scala.typeMismatch", null, ScalaTypes.name(function), "(A, B) => C");
    }

    static boolean test2(Object function, Object a, Object b) {
        Object result = call2(function, a, b);
        if (result instanceof Boolean bool) {
            return bool;
        }
        throw new LangException("lang.scala.typeMismatch", null, ScalaTypes.name(result), "Boolean");
    }

    static boolean test(Object function, Object argument) {
        Object result = call1(function, argument);
        if (result instanceof Boolean b) {
            return b;
        }
        throw new LangException("lang.scala.typeMismatch", null, ScalaTypes.name(result), "Boolean");
    }

    /** A native of {@code arity} arguments ({@link HostRegistry#ANY_ARITY} for any) on receivers of {@code type}. */
    static <T> void method(HostRegistry registry, Class<T> type, String name, int arity,
            BiFunction<T, Object[], Object> body) {
        registry.method(type, name, arity, (context, receiver, args) -> body.apply(type.cast(receiver), args));
    }

    /**
     * A native whose arguments at {@code positions} are by-name ({@code opt.getOrElse(default)}): the body gets
     * thunks there and evaluates them with {@link #force} only when Scala would.
     */
    static <T> void byNameMethod(HostRegistry registry, Class<T> type, String name, int arity,
            BiFunction<T, Object[], Object> body, Integer... positions) {
        registry.byNameMethod(type, name, arity, (context, receiver, args) -> body.apply(type.cast(receiver), args),
                positions);
    }

    /** The value of a by-name argument, evaluated now (again at each call, as Scala does). */
    static Object force(Object byName) {
        return byName instanceof Thunk thunk ? thunk.call0() : byName;
    }

    /** A method with two argument lists ({@code xs.sortBy(f)(ord)}), registered with both lists' arguments. */
    static <T> void curriedMethod(HostRegistry registry, Class<T> type, String name, int arity,
            BiFunction<T, Object[], Object> body) {
        registry.curriedMethod(type, name, arity, (context, receiver, args) -> body.apply(type.cast(receiver), args));
    }

    /** A curried second argument list: {@code xs.foldLeft(z)(op)} returns this, called with {@code op}. */
    static NativeFunction curried(String name, java.util.function.Function<Object, Object> then) {
        return new NativeFunction(name, 1, args -> then.apply(args[0]));
    }

    /** A curried second argument list taken by name: {@code List.fill(n)(elem)} gets {@code elem} as a thunk. */
    static NativeFunction curriedByName(String name, java.util.function.Function<Object, Object> then) {
        return new NativeFunction(name, 1, args -> then.apply(args[0])).byName(0);
    }

    static int toInt(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Number || value instanceof Character) {
            return ScalaNumbers.toInt(value);
        }
        throw new LangException("lang.scala.typeMismatch", null, ScalaTypes.name(value), "Int");
    }
}
