package dev.streamlab.lang.python;

import dev.streamlab.lang.runtime.HostObject;
import dev.streamlab.lang.runtime.MemberListing;
import java.util.Set;

/**
 * The public members CPython 3.11 declares for the built-in types and the modules the dialect offers
 * ({@code library-members.txt}, made by {@code src/test/resources/python/surface.py} and checked by
 * {@code PythonSurfaceTest}), so that a real member the lab lacks is refused by name ("{@code str.zfill} is not
 * available in the lab") rather than reported as the student's {@code AttributeError}.
 */
public final class PythonLibrarySurface {

    public static final String RESOURCE = "library-members.txt";

    /** What CPython declares, per type and module. */
    public static final MemberListing LISTING = MemberListing.load(PythonLibrarySurface.class, RESOURCE);

    private PythonLibrarySurface() {
    }

    /**
     * Declares {@code from collections import namedtuple} and the like, for a module the lab offers, as refused by
     * name. A name that begins another importable name is left out: refusals match by prefix.
     */
    static void refuseMissingImports(dev.streamlab.lang.runtime.HostRegistry registry) {
        for (String module : LISTING.types()) {
            if (!registry.isImportable(module)) {
                continue;
            }
            Set<String> provided = registry.membersOf(module).keySet();
            for (String member : LISTING.members(module)) {
                boolean prefixOfProvided = provided.stream().anyMatch(name -> name.startsWith(member));
                if (!prefixOfProvided) {
                    registry.unavailable(module + "." + member, "lang.import.unavailable.member");
                }
            }
        }
    }

    /** {@code str.zfill} when CPython has the member but the lab does not, else null. */
    public static String unavailableMember(Object receiver, String member) {
        String type = receiver instanceof HostObject module ? module.name() : PyRepr.typeName(receiver);
        return LISTING.declares(type, member) ? type + "." + member : null;
    }
}
