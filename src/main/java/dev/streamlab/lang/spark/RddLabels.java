package dev.streamlab.lang.spark;

import dev.streamlab.engine.rdd.Rdd;
import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.runtime.HostRegistry;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * An RDD's identity as both APIs expose it: {@code rdd.context} / {@code rdd.ctx} (PySpark properties),
 * {@code id()}, {@code name()} and {@code setName(n)}. One per run (the driver's). Ids count from 0 in the order a
 * program first asks for them: Spark numbers every RDD its context creates, internal ones included, so its ids
 * depend on how many RDDs each batch built and cannot be reproduced.
 */
final class RddLabels {

    private final Map<Rdd<?>, Integer> ids = new IdentityHashMap<>();
    private final Map<Rdd<?>, String> names = new IdentityHashMap<>();

    synchronized int id(Rdd<?> rdd) {
        return ids.computeIfAbsent(rdd, r -> ids.size());
    }

    synchronized String name(Rdd<?> rdd) {
        return names.get(rdd);
    }

    synchronized void setName(Rdd<?> rdd, String name) {
        names.put(rdd, name);
    }

    private static RddLabels of(dev.streamlab.lang.runtime.RunContext context) {
        return context.service(Driver.class).rddLabels();
    }

    static void install(HostRegistry registry, Language language) {
        boolean python = language == Language.PYTHON;
        if (python) {
            registry.property(Rdd.class, "context", (c, r, a) -> c.service(Driver.class).sparkContextOrDefault());
            registry.property(Rdd.class, "ctx", (c, r, a) -> c.service(Driver.class).sparkContextOrDefault());
        }
        Guard.method(registry, Rdd.class, "id", 0, (c, r, a) -> python ? (Object) (long) of(c).id((Rdd<?>) r)
                : (Object) of(c).id((Rdd<?>) r));
        Guard.method(registry, Rdd.class, "name", 0, (c, r, a) -> of(c).name((Rdd<?>) r));
        Guard.method(registry, Rdd.class, "setName", 1, (c, r, a) -> {
            of(c).setName((Rdd<?>) r, String.valueOf(a[0]));
            return r;
        });
    }
}
