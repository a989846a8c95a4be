package dev.streamlab.lang.runtime;

import dev.streamlab.lang.ast.Position;

/** What a name means, decided once by the {@link Resolver}: where its value lives at run time. */
final class Symbol {

    enum Kind {
        /** A slot of a function's frame (a {@link Cell} in the slot when {@link #captured}). */
        LOCAL,
        /** A slot of the run's globals: Python module variables, Scala top-level defs, per-run library names. */
        GLOBAL,
        /** A Scala object: a global slot initialized on first use. */
        OBJECT,
        /** A program class: a global slot holding its per-run {@link ClassValue}. */
        CLASS,
        /** A field or method of the enclosing class/object, reached through {@code this}. */
        MEMBER,
        /** A library value fixed at compile time. */
        CONSTANT,
        /** A Python name nothing defines: NameError if read. */
        UNRESOLVED
    }

    final String name;
    final Kind kind;
    final Position position;
    FunctionScope owner;
    int slot;
    boolean captured;
    boolean mutable = true;
    /** A Scala def without parameters: a bare reference calls it ({@code def area: Double}). */
    boolean parameterless;
    /** A Python local of a def that exists only because the def assigns it somewhere (may be read unassigned). */
    boolean assignedInBody;
    Object constant;
    /** The conversion of the type a Scala var was declared with, which every later assignment applies too. */
    UnaryOperation coercion;
    ClassInfo classInfo;
    /** For a Scala object: the class of the same name in the same scope (its companion), which {@code new} makes. */
    Symbol companionClass;
    String suggestion;

    Symbol(String name, Kind kind, Position position) {
        this.name = name;
        this.kind = kind;
        this.position = position;
    }
}
