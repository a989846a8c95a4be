package dev.streamlab.lang.scala;

import static dev.streamlab.lang.scala.Fns.method;

import dev.streamlab.lang.runtime.HostObject;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.NativeFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Predef and library members the coverage corpus found lessons using: {@code assert} and {@code require},
 * {@code import scala.math._}, the {@code @tailrec} import, char ranges ({@code 'a' to 'e'}), a partial function's
 * {@code isDefinedAt}/{@code lift} and function composition, {@code toHexString} and friends, {@code formatted},
 * {@code trimEnd}, and collection {@code view}s (evaluated at once here, as every collection is).
 */
final class ScalaLessonExtras {


    private ScalaLessonExtras() {
    }

    private static List<Object> charRange(char from, char to, boolean inclusive) {
        List<Object> out = new ArrayList<>();
        for (int c = from; inclusive ? c <= to : c < to; c++) {
            out.add((char) c);
        }
        return out;
    }

    static void install(HostRegistry r) {
        r.global("assert", new NativeFunction("assert", -1, a -> {
            if (!(Boolean) a[0]) {
                throw ScalaErrors.ASSERTION.raise(a.length > 1
                        ? "assertion failed: " + ScalaPrinter.show(Fns.force(a[1])) : "assertion failed");
            }
            return ScalaUnit.INSTANCE;
        }).byName(1));
        r.global("require", new NativeFunction("require", -1, a -> {
            if (!(Boolean) a[0]) {
                throw ScalaErrors.ILLEGAL_ARGUMENT.raise(a.length > 1 ? "requirement failed: "
                        + ScalaPrinter.show(Fns.force(a[1])) : "requirement failed");
            }
            return ScalaUnit.INSTANCE;
        }).byName(1));
        if (r.importableValue("scala.math") instanceof HostObject math) {
            for (String name : math.memberNames()) {
                r.importable("scala.math." + name, math.registeredMember(name));
            }
        }
        for (String annotation : new String[] {"tailrec", "switch", "unused", "nowarn"}) {
            r.importable("scala.annotation." + annotation, new HostObject(annotation));
        }

        method(r, Character.class, "to", 1, (c, a) -> ScalaSeq.of(ScalaSeq.Kind.VECTOR,
                charRange(c, (Character) a[0], true)));
        method(r, Character.class, "until", 1, (c, a) -> ScalaSeq.of(ScalaSeq.Kind.VECTOR,
                charRange(c, (Character) a[0], false)));

        method(r, LangFunction.class, "isDefinedAt", 1, (f, a) -> f.isDefinedAt(a[0]));
        method(r, LangFunction.class, "lift", 0, (f, a) -> new NativeFunction("lift", 1,
                x -> f.isDefinedAt(x[0]) ? Optional.ofNullable(f.call1(x[0])) : Optional.empty()));
        method(r, LangFunction.class, "andThen", 1, (f, a) -> new NativeFunction("andThen", 1,
                x -> Fns.call1(a[0], f.call1(x[0]))));
        method(r, LangFunction.class, "compose", 1, (f, a) -> new NativeFunction("compose", 1,
                x -> f.call1(Fns.call1(a[0], x[0]))));

        for (Class<?> type : new Class<?>[] {Integer.class, Long.class}) {
            r.method(type, "toHexString", 0, (c, x, a) -> x instanceof Long l ? Long.toHexString(l)
                    : Integer.toHexString((Integer) x));
            r.method(type, "toBinaryString", 0, (c, x, a) -> x instanceof Long l ? Long.toBinaryString(l)
                    : Integer.toBinaryString((Integer) x));
            r.method(type, "toOctalString", 0, (c, x, a) -> x instanceof Long l ? Long.toOctalString(l)
                    : Integer.toOctalString((Integer) x));
        }
        method(r, Object.class, "formatted", 1, (x, a) -> ScalaFormat.format(ScalaPrinter.show(a[0]),
                new Object[] {x}));

        method(r, ScalaSeq.class, "trimEnd", 1, (x, a) -> {
            int n = Math.min(x.size(), Math.max(0, Fns.toInt(a[0])));
            x.subList(x.size() - n, x.size()).clear();
            return ScalaUnit.INSTANCE;
        });
        method(r, ScalaSeq.class, "trimStart", 1, (x, a) -> {
            x.subList(0, Math.min(x.size(), Math.max(0, Fns.toInt(a[0])))).clear();
            return ScalaUnit.INSTANCE;
        });
        method(r, Iterable.class, "view", 0, (x, a) -> x);
    }
}
