package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.Fns.method;

import dev.streamlab.engine.Tuple;
import dev.streamlab.engine.hash.JvmHashes;
import dev.streamlab.lang.runtime.ErrorValue;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.NativeMethod;

/** Methods every value has ({@code toString}, {@code ->}, {@code ==}), tuples' {@code _1}.., exceptions'. */
final class ScalaAnyMethods {

    private static final int MAX_TUPLE = 22;

    private ScalaAnyMethods() {
    }

    static void install(HostRegistry r) {
        Class<Object> any = Object.class;
        method(r, any, "toString", 0, (x, a) -> ScalaPrinter.show(x));
        method(r, any, "equals", 1, (x, a) -> ScalaOperators.equal(x, a[0]));
        method(r, any, "hashCode", 0, (x, a) -> JvmHashes.jvmHashCode(x));
        method(r, any, "##", 0, (x, a) -> JvmHashes.elementHash(x));
        method(r, any, "asInstanceOf", 0, (x, a) -> x);
        method(r, any, "getClass", 0, (x, a) -> "class " + ScalaTypes.jvmClassName(x));
        method(r, any, "->", 1, (x, a) -> Tuple.pair(x, a[0]));
        method(r, any, "eq", 1, (x, a) -> x == a[0]);
        method(r, any, "ne", 1, (x, a) -> x != a[0]);
        method(r, any, "synchronized", 1, (x, a) -> a[0]);

        for (int i = 1; i <= MAX_TUPLE; i++) {
            int index = i - 1;
            NativeMethod element = (context, receiver, args) -> {
                Tuple tuple = (Tuple) receiver;
                if (index >= tuple.arity()) {
                    throw ScalaOperators.notMember("_" + (index + 1), tuple);
                }
                return tuple.get(index);
            };
            r.method(Tuple.class, "_" + i, 0, element);
        }
        method(r, Tuple.class, "swap", 0, (t, a) -> Tuple.pair(t.value(), t.key()));
        method(r, Tuple.class, "productArity", 0, (t, a) -> t.arity());
        method(r, Tuple.class, "productIterator", 0, (t, a) -> ScalaSeq.list(java.util.Arrays.asList(t.toArray())));

        Class<ErrorValue> error = ErrorValue.class;
        method(r, error, "getMessage", 0, (e, a) -> e.message());
        method(r, error, "getLocalizedMessage", 0, (e, a) -> e.message());
        method(r, error, "getCause", 0, (e, a) -> e.cause());
        method(r, error, "toString", 0, (e, a) -> e.toString());
        r.method(error, "printStackTrace", 0, (context, e, a) -> {
            context.console().errLine(e.toString());
            return ScalaUnit.INSTANCE;
        });
    }
}
