package dev.streamlab.lang.scala;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.HostObject;
import dev.streamlab.lang.runtime.MemberListing;
import java.util.Map;
import java.util.Optional;

/**
 * The members Scala 2.13's own library declares for the types lessons use ({@code library-members.txt}, generated
 * from scala-library by {@code ScalaSurfaceTest}), so that a real member the lab lacks is refused by name
 * ("{@code String.indexOfSlice} is not available in the lab") rather than blamed on the student as "not a member".
 */
public final class ScalaLibrarySurface {

    /** The resource, one type a line: its name, a tab, its members separated by spaces. */
    public static final String RESOURCE = "library-members.txt";

    /** What scala-library declares, per surface type. */
    public static final MemberListing LISTING = MemberListing.load(ScalaLibrarySurface.class, RESOURCE);

    private ScalaLibrarySurface() {
    }

    /** Values whose class alone names their surface type. */
    private static final Map<Class<?>, String> BY_CLASS = Map.of(String.class, "String", Integer.class, "Int",
            Long.class, "Long", Double.class, "Double", Character.class, "Char", java.math.BigInteger.class, "BigInt",
            java.math.BigDecimal.class, "BigDecimal");

    /** Sequence kinds by surface type; the growable buffers share ArrayBuffer's surface. */
    private static final Map<ScalaSeq.Kind, String> BY_KIND = Map.of(ScalaSeq.Kind.VECTOR, "Vector",
            ScalaSeq.Kind.ARRAY, "Array", ScalaSeq.Kind.ARRAY_BUFFER, "ArrayBuffer", ScalaSeq.Kind.LIST_BUFFER,
            "ArrayBuffer", ScalaSeq.Kind.QUEUE, "ArrayBuffer", ScalaSeq.Kind.RANGE, "Range");

    /** The surface type a runtime value belongs to, or null for values outside the table. */
    public static String typeOf(Object value) {
        String simple = value == null ? null : BY_CLASS.get(value.getClass());
        if (simple != null) {
            return simple;
        }
        if (value instanceof ScalaSeq seq) {
            return BY_KIND.getOrDefault(seq.kind(), "List");
        }
        if (value instanceof ScalaMap map) {
            return map.isMutable() ? "mutable.Map" : "Map";
        }
        if (value instanceof ScalaSet set) {
            return set.isMutable() ? "mutable.Set" : "Set";
        }
        if (value instanceof Optional<?>) {
            return "Option";
        }
        if (value instanceof Tuple t && t.isPair()) {
            return "Tuple2";
        }
        if (value instanceof HostObject host && (host.name().equals("math") || host.name().equals("scala.math"))) {
            return "math";
        }
        return value instanceof HostObject host && host.name().equals("Math") ? "Math" : null;
    }

    /**
     * The name under which a missing member is refused ({@code String.indexOfSlice}), or null when Scala has no such member
     * either (then the student's code is wrong, and scalac's "is not a member" is the right message).
     */
    public static String unavailableMember(Object receiver, String member) {
        String type = typeOf(receiver);
        if (type == null) {
            return null;
        }
        boolean real = LISTING.declares(type, member) || type.equals("Option") && LISTING.declares("Iterable", member);
        return real ? type + "." + member : null;
    }
}
