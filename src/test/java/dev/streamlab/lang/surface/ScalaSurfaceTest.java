package dev.streamlab.lang.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.Dialect;
import dev.streamlab.lang.ast.Language;
import dev.streamlab.lang.runtime.HostObject;
import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.scala.ScalaLibrarySurface;
import dev.streamlab.lang.scala.ScalaMap;
import dev.streamlab.lang.scala.ScalaSeq;
import dev.streamlab.lang.scala.ScalaSet;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The Scala dialect's surface, read from scala-library 2.13.17 itself (a test dependency): for each type lessons
 * use, the members Scala declares (reflection over the classes and their implicit enrichments, names decoded as
 * scalac encodes them), which the dialect provides and which it refuses by name. Writes or checks
 * {@code library-members.txt} (what the dialect reads to refuse by name), {@code lang/scala/SURFACE.md} and the
 * README's summary.
 */
class ScalaSurfaceTest {

    private static final Path LISTING = Path.of("src/main/resources/dev/streamlab/lang/scala",
            ScalaLibrarySurface.RESOURCE);
    private static final Path SURFACE = Path.of("src/main/java/dev/streamlab/lang/scala/SURFACE.md");
    private static final Set<String> OBJECT_PLUMBING = Set.of("wait", "notify", "notifyAll");
    private static final Set<String> SYNTAX_OPERATORS = Set.of("+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>",
            ">>>", "==", "!=", "<", "<=", ">", ">=", "unary_-", "unary_+", "unary_!", "unary_~", "&&", "||");

    /** A surface type: the classes declaring its members, and a value of the dialect standing for it. */
    private record Surface(String type, List<String> classes, boolean statics, Object sample) {
    }

    private final HostRegistry registry = Dialect.of(Language.SCALA).registry();

    private List<Surface> surfaces() {
        return List.of(
                new Surface("String", List.of("java.lang.String", "scala.collection.StringOps",
                        "scala.collection.immutable.WrappedString"), false, "s"),
                new Surface("Option", List.of("scala.Option"), false, Optional.of(1)),
                new Surface("Iterable", List.of("scala.collection.Iterable"), false, Optional.of(1)),
                new Surface("List", List.of("scala.collection.immutable.List"), false, ScalaSeq.list(List.of(1))),
                new Surface("Vector", List.of("scala.collection.immutable.Vector"), false,
                        ScalaSeq.of(ScalaSeq.Kind.VECTOR, List.of(1))),
                new Surface("Array", List.of("scala.collection.ArrayOps"), false, ScalaSeq.array(List.of(1))),
                new Surface("ArrayBuffer", List.of("scala.collection.mutable.ArrayBuffer"), false,
                        ScalaSeq.of(ScalaSeq.Kind.ARRAY_BUFFER, List.of(1))),
                new Surface("Map", List.of("scala.collection.immutable.Map"), false, ScalaMap.empty(false)),
                new Surface("mutable.Map", List.of("scala.collection.mutable.Map"), false, ScalaMap.empty(true)),
                new Surface("Set", List.of("scala.collection.immutable.Set"), false, ScalaSet.of(false, List.of())),
                new Surface("mutable.Set", List.of("scala.collection.mutable.Set"), false,
                        ScalaSet.of(true, List.of())),
                new Surface("Iterator", List.of("scala.collection.Iterator"), false, ScalaSeq.list(List.of(1))),
                new Surface("Range", List.of("scala.collection.immutable.Range"), false,
                        ScalaSeq.of(ScalaSeq.Kind.RANGE, List.of(1))),
                new Surface("Tuple2", List.of("scala.Tuple2"), false, Tuple.pair(1, 2)),
                new Surface("math", List.of("scala.math.package$"), false, registry.globalValue("math")),
                new Surface("Math", List.of("java.lang.Math"), true, registry.globalValue("Math")),
                new Surface("Int", List.of("scala.Int", "scala.runtime.RichInt"), false, 1),
                new Surface("Long", List.of("scala.Long", "scala.runtime.RichLong"), false, 1L),
                new Surface("Double", List.of("scala.Double", "scala.runtime.RichDouble"), false, 1.0),
                new Surface("Char", List.of("scala.Char", "scala.runtime.RichChar"), false, 'a'),
                new Surface("BigInt", List.of("scala.math.BigInt"), false, BigInteger.ONE),
                new Surface("BigDecimal", List.of("scala.math.BigDecimal"), false, BigDecimal.ONE));
    }

    /** Public members as Scala code names them: instance methods (static ones for Java's Math), decoded. */
    private static Set<String> declared(Surface surface) throws ClassNotFoundException {
        Set<String> names = new TreeSet<>();
        for (String className : surface.classes()) {
            Class<?> type = Class.forName(className);
            for (Method method : type.getMethods()) {
                if (Modifier.isStatic(method.getModifiers()) == surface.statics() && !method.isSynthetic()
                        && !method.isBridge()) {
                    names.add(scala.reflect.NameTransformer.decode(method.getName()));
                }
            }
            if (surface.statics()) {
                for (Field field : type.getFields()) {
                    names.add(field.getName());
                }
            }
        }
        names.removeIf(name -> name.contains("$") || OBJECT_PLUMBING.contains(name));
        return names;
    }

    private boolean supported(Object sample, String member) {
        if (sample instanceof HostObject host) {
            return host.registeredMember(member) != null;
        }
        boolean operand = sample instanceof Number || sample instanceof Character || sample instanceof String
                || sample instanceof Boolean;
        return registry.hasMethod(sample.getClass(), member) || operand && SYNTAX_OPERATORS.contains(member)
                || member.equals("==") || member.equals("!=");
    }

    @Test
    void surfaceTablesMatchScalaLibrary() throws Exception {
        Map<String, Set<String>> members = new LinkedHashMap<>();
        List<SurfaceDocument.Row> rows = new ArrayList<>();
        for (Surface surface : surfaces()) {
            Set<String> declared = declared(surface);
            members.put(surface.type(), declared);
            rows.add(SurfaceDocument.row(surface.type(), String.join(" + ", surface.classes()), declared,
                    member -> supported(surface.sample(), member)));
        }
        SurfaceDocument.check(LISTING, SurfaceDocument.listing("Generated by ScalaSurfaceTest from scala-library "
                + scala.util.Properties.versionNumberString() + "; regenerate with -Dsurface.write=true", members));
        String intro = "Generated by `ScalaSurfaceTest` from scala-library " + scala.util.Properties
                .versionNumberString() + " (`./mvnw -o test -Dtest=ScalaSurfaceTest -Dsurface.write=true` "
                + "rewrites it). For each type a lesson uses: the public members Scala declares (on the class and "
                + "its implicit enrichment, `Option` also through `Iterable`), those the Scala dialect provides, "
                + "and those it refuses by name: `value indexOfSlice is not a member of String` becomes "
                + "`String.indexOfSlice is not available in the lab`.";
        SurfaceDocument.publish(SURFACE, "The Scala dialect's library surface", intro, rows, "scala-surface");
        assertEquals(members.keySet(), ScalaLibrarySurface.LISTING.types());
        assertTrue(rows.stream().allMatch(row -> !row.supported().isEmpty()), "every type has supported members");
    }
}
