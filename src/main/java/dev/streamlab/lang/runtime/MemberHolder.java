package dev.streamlab.lang.runtime;

/**
 * A value whose members are looked up by name rather than by Java class: objects and instances of the program's
 * own classes, library objects ({@code List}, {@code StreamingContext}, {@code math}), Python modules.
 */
public interface MemberHolder {

    /** The member's value (a function for methods, bound to this holder), or null when there is no such member. */
    Object member(String name, RunContext context);

    /** Every member name, for "did you mean" suggestions. */
    Iterable<String> memberNames();
}
