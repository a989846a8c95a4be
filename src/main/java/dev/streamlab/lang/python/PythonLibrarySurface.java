package dev.streamlab.lang.python;

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
import java.util.Set;
import java.util.TreeSet;

/**
 * The public members CPython 3.11 declares for the built-in types and the modules the dialect offers
 * ({@code library-members.txt}, made by {@code src/test/resources/python/surface.py} and checked by
 * {@code PythonSurfaceTest}), so that a real member the lab lacks is refused by name ("{@code str.zfill} is not
 * available in the lab") rather than reported as the student's {@code AttributeError}.
 */
public final class PythonLibrarySurface {

    public static final String RESOURCE = "library-members.txt";

    private static final Map<String, Set<String>> MEMBERS = load();

    private PythonLibrarySurface() {
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> members = new LinkedHashMap<>();
        try (InputStream in = PythonLibrarySurface.class.getResourceAsStream(RESOURCE)) {
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

    public static Set<String> members(String type) {
        return MEMBERS.getOrDefault(type, Set.of());
    }

    public static Set<String> types() {
        return MEMBERS.keySet();
    }

    /**
     * Declares {@code from collections import namedtuple} and the like, for a module the lab offers, as refused by
     * name. A name that begins another importable name is left out: refusals match by prefix.
     */
    static void refuseMissingImports(dev.streamlab.lang.runtime.HostRegistry registry) {
        for (Map.Entry<String, Set<String>> module : MEMBERS.entrySet()) {
            if (!registry.isImportable(module.getKey())) {
                continue;
            }
            Set<String> provided = registry.membersOf(module.getKey()).keySet();
            for (String member : module.getValue()) {
                boolean prefixOfProvided = provided.stream().anyMatch(name -> name.startsWith(member));
                if (!prefixOfProvided) {
                    registry.unavailable(module.getKey() + "." + member, "lang.import.unavailable.member");
                }
            }
        }
    }

    /** {@code str.zfill} when CPython has the member but the lab does not, else null. */
    public static String unavailableMember(Object receiver, String member) {
        String type = receiver instanceof HostObject module ? module.name() : PyRepr.typeName(receiver);
        return MEMBERS.containsKey(type) && members(type).contains(member) ? type + "." + member : null;
    }
}
