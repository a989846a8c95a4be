package dev.streamlab.lang.scala;

import dev.streamlab.lang.runtime.ClassValue;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.Instance;
import dev.streamlab.lang.runtime.NativeFunction;
import dev.streamlab.lang.runtime.PerRun;
import dev.streamlab.lang.runtime.RunContext;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The program's own {@code implicit val o: Ordering[Player]} and {@code implicit object O extends Ordering[Player]}:
 * once the definition has run, {@code sorted}, {@code max}, {@code min}, {@code sortBy} and {@code Ordering[Player]}
 * compare players with it (and instances of its subclasses, for an ordering of a trait). The parser follows each
 * such definition with a call of {@link #REGISTER}; orderings of library types keep Scala's own.
 */
final class ScalaImplicitOrderings {

    /** The name of the registration the parser calls; {@code $} keeps it out of the way of program names. */
    static final String REGISTER = "implicit$ordering";

    private final Map<ClassValue, Comparator<Object>> byClass = new LinkedHashMap<>();

    static void install(HostRegistry r) {
        r.global(REGISTER, (PerRun) context -> new NativeFunction(REGISTER, 2, a -> {
            register(context, String.valueOf(a[0]), ScalaOrderingValue.of(a[1]));
            return ScalaUnit.INSTANCE;
        }));
    }

    private static void register(RunContext context, String typeName, Comparator<Object> ordering) {
        for (Object global : context.copyGlobals()) {
            if (global instanceof ClassValue type && !type.isObject() && type.className().equals(typeName)) {
                context.state(ScalaImplicitOrderings.class, ScalaImplicitOrderings::new).byClass.put(type, ordering);
            }
        }
    }

    /** The program's implicit ordering for {@code value}'s class, or null. */
    static Comparator<Object> of(Instance value) {
        RunContext context = value.classValue().context();
        ScalaImplicitOrderings orderings = context.state(ScalaImplicitOrderings.class, ScalaImplicitOrderings::new);
        for (Map.Entry<ClassValue, Comparator<Object>> entry : orderings.byClass.entrySet()) {
            if (value.classValue().isSubclassOf(entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }
}
