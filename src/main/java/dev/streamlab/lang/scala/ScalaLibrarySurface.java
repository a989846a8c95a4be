package dev.streamlab.lang.scala;

import dev.streamlab.engine.Tuple;
import dev.streamlab.lang.runtime.HostObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The members Scala 2.13's own library declares for the types lessons use ({@code library-members.txt}, generated
 * from scala-library by {@code ScalaSurfaceTest}), so that a real member the lab lacks is refused by name
 * ("{@code String.r} is not available in the lab") rather than blamed on the student as "not a member".
 */
public final class ScalaLibrarySurface {

    /** The resource, one type a line: its name, a tab, its members separated by spaces. */
    public static final String RESOURCE = "library-members.txt";

    private static final Map<String, Set<String>> MEMBERS = load();

    private ScalaLibrarySurface() {
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> members = new LinkedHashMap<>();
        try (InputStream in = ScalaLibrarySurface.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return members;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    members.put(line.substring(0, tab), new TreeSet<>(Arrays.asList(
                            line.substring(tab + 1).split(" "))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return members;
    }

    /** The members Scala declares for a surface type ({@code String}, {@code Option}, {@code mutable.Map}). */
    public static Set<String> members(String type) {
        return MEMBERS.getOrDefault(type, Set.of());
    }

    /** The surface types, in the resource's order. */
    public static Set<String> types() {
        return MEMBERS.keySet();
    }

    /** The surface type a runtime value belongs to, or null for values outside the table. */
    public static String typeOf(Object value) {
        if (value instanceof String) {
            return "String";
        }
        if (value instanceof Integer) {
            return "Int";
        }
        if (value instanceof Long) {
            return "Long";
        }
        if (value instanceof Double) {
            return "Double";
        }
        if (value instanceof Character) {
            return "Char";
        }
        if (value instanceof Optional<?>) {
            return "Option";
        }
        if (value instanceof Tuple t && t.isPair()) {
            return "Tuple2";
        }
        if (value instanceof ScalaSeq seq) {
            return switch (seq.kind()) {
                case VECTOR -> "Vector";
                case ARRAY -> "Array";
                case ARRAY_BUFFER, LIST_BUFFER, QUEUE -> "ArrayBuffer";
                case RANGE -> "Range";
                default -> "List";
            };
        }
        if (value instanceof ScalaMap map) {
            return map.isMutable() ? "mutable.Map" : "Map";
        }
        if (value instanceof ScalaSet set) {
            return set.isMutable() ? "mutable.Set" : "Set";
        }
        if (value instanceof HostObject host) {
            return switch (host.name()) {
                case "math", "scala.math" -> "math";
                case "Math" -> "Math";
                default -> null;
            };
        }
        return null;
    }

    /**
     * The name under which a missing member is refused ({@code String.r}), or null when Scala has no such member
     * either (then the student's code is wrong, and scalac's "is not a member" is the right message).
     */
    public static String unavailableMember(Object receiver, String member) {
        String type = typeOf(receiver);
        if (type == null) {
            return null;
        }
        boolean real = members(type).contains(member)
                || type.equals("Option") && members("Iterable").contains(member);
        return real ? type + "." + member : null;
    }
}
