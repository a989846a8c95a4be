package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.Fns.method;

import dev.streamlab.lang.runtime.HostRegistry;
import java.util.Optional;

/**
 * Option's methods on {@link Optional}, which is what a Scala {@code Option} is here (so the engine's state
 * functions can pass and take them without conversion).
 */
final class ScalaOptions {

    private ScalaOptions() {
    }

    @SuppressWarnings("unchecked")
    static void install(HostRegistry r) {
        Class<Optional> o = Optional.class;
        method(r, o, "get", 0, (x, a) -> {
            if (x.isEmpty()) {
                throw ScalaErrors.NO_SUCH_ELEMENT.raise("None.get");
            }
            return x.get();
        });
        Fns.byNameMethod(r, o, "getOrElse", 1, (x, a) -> x.isPresent() ? x.get() : Fns.force(a[0]), 0);
        method(r, o, "orNull", 0, (x, a) -> x.orElse(null));
        method(r, o, "isDefined", 0, (x, a) -> x.isPresent());
        method(r, o, "nonEmpty", 0, (x, a) -> x.isPresent());
        method(r, o, "isEmpty", 0, (x, a) -> x.isEmpty());
        method(r, o, "map", 1, (x, a) -> x.isPresent() ? Optional.ofNullable(Fns.call1(a[0], x.get())) : x);
        method(r, o, "flatMap", 1, (x, a) -> x.isPresent() ? Fns.call1(a[0], x.get()) : x);
        method(r, o, "filter", 1, (x, a) -> x.isPresent() && Fns.test(a[0], x.get()) ? x : Optional.empty());
        method(r, o, "filterNot", 1, (x, a) -> x.isPresent() && !Fns.test(a[0], x.get()) ? x : Optional.empty());
        method(r, o, "foreach", 1, (x, a) -> {
            x.ifPresent(v -> Fns.call1(a[0], v));
            return ScalaUnit.INSTANCE;
        });
        method(r, o, "exists", 1, (x, a) -> x.isPresent() && Fns.test(a[0], x.get()));
        method(r, o, "forall", 1, (x, a) -> x.isEmpty() || Fns.test(a[0], x.get()));
        method(r, o, "contains", 1, (x, a) -> x.isPresent() && ScalaOperators.equal(x.get(), a[0]));
        method(r, o, "collect", 1, (x, a) -> {
            dev.streamlab.lang.runtime.LangFunction f = ScalaSemantics.function(a[0], "collect");
            return x.isPresent() && f.isDefinedAt(x.get()) ? Optional.ofNullable(f.call1(x.get())) : Optional.empty();
        });
        Fns.byNameMethod(r, o, "orElse", 1, (x, a) -> x.isPresent() ? x : Fns.force(a[0]), 0);
        method(r, o, "toList", 0, (x, a) -> ScalaSeq.list(ScalaCollections.items(x)));
        method(r, o, "toSeq", 0, (x, a) -> ScalaSeq.list(ScalaCollections.items(x)));
        method(r, o, "size", 0, (x, a) -> x.isPresent() ? 1 : 0);
        Fns.byNameMethod(r, o, "fold", 1, (x, a) -> Fns.curried("fold",
                f -> x.isPresent() ? Fns.call1(f, x.get()) : Fns.force(a[0])), 0);
        method(r, o, "getClass", 0, (x, a) -> "class " + ScalaTypes.jvmClassName(x));
    }
}
