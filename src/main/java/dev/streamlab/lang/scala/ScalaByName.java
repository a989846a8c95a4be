package dev.streamlab.lang.scala;

import dev.streamlab.lang.runtime.HostRegistry;
import dev.streamlab.lang.runtime.LangFunction;
import dev.streamlab.lang.runtime.NativeFunction;

/**
 * An argument passed to a by-name parameter of a program def ({@code body: => Unit}). The parser wraps such an
 * argument with {@link #WRAP} and reads the parameter with {@link #FORCE}, which evaluates the argument again at each
 * use; a parameter that received a plain value (a call the parser could not tie to the def, such as a method of a
 * class's instance) reads as that value, evaluated once as before the call.
 */
final class ScalaByName {

    static final String WRAP = "byName$";
    static final String FORCE = "byName$force";

    private final LangFunction argument;

    private ScalaByName(LangFunction argument) {
        this.argument = argument;
    }

    static void install(HostRegistry r) {
        r.global(WRAP, new NativeFunction(WRAP, 1, a -> new ScalaByName((LangFunction) a[0])));
        r.global(FORCE, new NativeFunction(FORCE, 1, a -> a[0] instanceof ScalaByName byName
                ? byName.argument.call0() : a[0]));
    }
}
