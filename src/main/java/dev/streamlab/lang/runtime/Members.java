package dev.streamlab.lang.runtime;

import java.util.LinkedHashSet;
import java.util.Set;

/** The "no such member" error, with the closest existing member name as a suggestion. */
final class Members {

    private Members() {
    }

    static RuntimeException missing(Object target, String name, RunContext context, HostRegistry registry) {
        Set<String> candidates = new LinkedHashSet<>();
        if (target instanceof MemberHolder holder) {
            holder.memberNames().forEach(candidates::add);
        }
        if (target != null) {
            candidates.addAll(registry.methodNames(target.getClass()));
        }
        return context.semantics().noSuchMember(target, name, Suggestions.closest(name, candidates));
    }
}
