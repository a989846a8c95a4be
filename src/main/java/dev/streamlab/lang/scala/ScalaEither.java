package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.Fns.method;

import dev.streamlab.lang.runtime.HostObject;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.NativeFunction;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code scala.util.Either}: {@code Left(a)} or {@code Right(b)}, right-biased as in 2.13. {@code Either.cond}
 * takes both of its values by name and evaluates only the one it keeps.
 */
public final class ScalaEither {

    private final boolean right;
    private final Object value;

    private ScalaEither(boolean right, Object value) {
        this.right = right;
        this.value = value;
    }

    public boolean isRight() {
        return right;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScalaEither e && e.right == right && Objects.equals(e.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(right, value);
    }

    @Override
    public String toString() {
        return (right ? "Right(" : "Left(") + ScalaPrinter.show(value) + ")";
    }

    static void install(HostRegistry r) {
        HostObject left = side("Left", false);
        HostObject rightObject = side("Right", true);
        HostObject either = new HostObject("Either").typeTest(v -> v instanceof ScalaEither);
        either.define("cond", new NativeFunction("Either.cond", 3, a -> (Boolean) a[0]
                ? new ScalaEither(true, Fns.force(a[1])) : new ScalaEither(false, Fns.force(a[2]))).byName(1, 2));
        for (HostObject type : new HostObject[] {either, left, rightObject}) {
            r.global(type.name(), type);
            r.importable("scala.util." + type.name(), type);
        }
        Class<ScalaEither> e = ScalaEither.class;
        method(r, e, "isRight", 0, (x, a) -> x.right);
        method(r, e, "isLeft", 0, (x, a) -> !x.right);
        Fns.byNameMethod(r, e, "getOrElse", 1, (x, a) -> x.right ? x.value : Fns.force(a[0]), 0);
        Fns.byNameMethod(r, e, "orElse", 1, (x, a) -> x.right ? x : Fns.force(a[0]), 0);
        method(r, e, "toOption", 0, (x, a) -> x.right ? Optional.ofNullable(x.value) : Optional.empty());
        method(r, e, "map", 1, (x, a) -> x.right ? new ScalaEither(true, Fns.call1(a[0], x.value)) : x);
        method(r, e, "flatMap", 1, (x, a) -> x.right ? Fns.call1(a[0], x.value) : x);
        method(r, e, "swap", 0, (x, a) -> new ScalaEither(!x.right, x.value));
        method(r, e, "fold", 2, (x, a) -> Fns.call1(a[x.right ? 1 : 0], x.value));
    }

    private static HostObject side(String name, boolean right) {
        return new HostObject(name)
                .apply(new NativeFunction(name, 1, a -> new ScalaEither(right, a[0])))
                .extractor(v -> v instanceof ScalaEither x && x.right == right ? new Object[] {x.value} : null)
                .typeTest(v -> v instanceof ScalaEither x && x.right == right);
    }
}
