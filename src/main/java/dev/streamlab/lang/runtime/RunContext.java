package dev.streamlab.lang.runtime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The state of one run of a compiled program: its globals, console, budget and services. Natives get it as an
 * argument; closures remember the one they were created in.
 */
public final class RunContext {

    private final RunEnvironment environment;
    private final DialectSemantics semantics;
    private final HostRegistry registry;
    private final Console console;
    private final String programName;
    final Object[] globals;
    private final Map<Class<?>, Object> dialectState = new HashMap<>();
    private dev.streamlab.lang.ast.Position callSite;

    RunContext(RunEnvironment environment, DialectSemantics semantics, HostRegistry registry, Object[] globals,
            String programName) {
        this.environment = environment;
        this.programName = programName;
        this.semantics = semantics;
        this.registry = registry;
        this.console = new Console(environment.output(), environment.budget());
        this.globals = globals;
    }

    /**
     * Where the library method now running was called from: a native that builds something lasting (a stream) keeps
     * it, so that a later error can point at the call.
     */
    public dev.streamlab.lang.ast.Position callSite() {
        return callSite;
    }

    void callSite(dev.streamlab.lang.ast.Position where) {
        callSite = where;
    }

    /** The program arguments (without the program's name). */
    public List<String> args() {
        return environment.args();
    }

    /** The program's file name as it was compiled (Python's {@code sys.argv[0]}). */
    public String programName() {
        return programName;
    }

    public Console console() {
        return console;
    }

    public Budget budget() {
        return environment.budget();
    }

    public DialectSemantics semantics() {
        return semantics;
    }

    public HostRegistry registry() {
        return registry;
    }

    /** A copy of the program's global slots (module globals in Python), for a host that must restore them. */
    public Object[] copyGlobals() {
        return globals.clone();
    }

    /**
     * Overwrites every global slot with {@code values} (a copy made by {@link #copyGlobals}). PySpark's binding
     * uses it to run worker functions against the globals as they were pickled, not the driver's live ones.
     */
    public void setGlobals(Object[] values) {
        System.arraycopy(values, 0, globals, 0, globals.length);
    }

    /**
     * State a dialect's library keeps for the length of one run (the Scala program's implicit orderings), made by
     * {@code create} on first use.
     */
    public synchronized <T> T state(Class<T> type, Supplier<T> create) {
        return type.cast(dialectState.computeIfAbsent(type, t -> create.get()));
    }

    /** A host service put in the {@link RunEnvironment}; null when the host gave none. */
    public <T> T service(Class<T> type) {
        return environment.service(type);
    }
}
