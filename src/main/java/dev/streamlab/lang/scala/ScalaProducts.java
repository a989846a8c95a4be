package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.Fns.method;

import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.Instance;
import dev.streamlab.lang.runtime.LangException;
import dev.streamlab.lang.runtime.NativeMethod;
import dev.streamlab.lang.runtime.RunContext;

/**
 * The members scalac gives every case class: {@code copy} with named arguments, {@code productArity},
 * {@code productElement}, {@code productPrefix}, {@code productIterator} and {@code productElementNames}. A method
 * of the same name the class defines itself wins, as in Scala. Equality and hash codes are the instance's own
 * (Scala's {@code MurmurHash3.productHash}).
 */
final class ScalaProducts {

    private ScalaProducts() {
    }

    private static Instance caseInstance(Object receiver, String member) {
        Instance instance = (Instance) receiver;
        if (!instance.classValue().isCaseClass()) {
            throw new LangException("lang.scala.notMember", null, member, instance.productPrefix());
        }
        return instance;
    }

    /** {@code copy(n = 2)}: takes Scala's named arguments, so it overrides the keyword entry point too. */
    private static final class Copy implements NativeMethod {
        @Override
        public Object invoke(RunContext context, Object receiver, Object[] args) {
            return caseInstance(receiver, "copy").copy(args, new String[0], new Object[0]);
        }

        @Override
        public Object invokeWithKeywords(RunContext context, Object receiver, Object[] positional, String[] names,
                Object[] values) {
            return caseInstance(receiver, "copy").copy(positional, names, values);
        }
    }

    static void install(HostRegistry r) {
        r.method(Instance.class, "copy", HostRegistry.ANY_ARITY, new Copy());
        method(r, Instance.class, "productArity", 0, (x, a) -> caseInstance(x, "productArity").productArity());
        method(r, Instance.class, "productPrefix", 0, (x, a) -> caseInstance(x, "productPrefix").productPrefix());
        method(r, Instance.class, "productElement", 1, (x, a) -> {
            Instance instance = caseInstance(x, "productElement");
            int index = Fns.toInt(a[0]);
            if (index < 0 || index >= instance.productArity()) {
                throw ScalaErrors.forJavaName("java.lang.IndexOutOfBoundsException").raise(index + " is out of "
                        + "bounds (min 0, max " + (instance.productArity() - 1) + ")");
            }
            return instance.productElement(index);
        });
        method(r, Instance.class, "productIterator", 0, (x, a) -> ScalaSeq.list(
                caseInstance(x, "productIterator").productElements()));
        method(r, Instance.class, "productElementNames", 0, (x, a) -> ScalaSeq.list(new java.util.ArrayList<>(
                caseInstance(x, "productElementNames").productElementNames())));
    }
}
