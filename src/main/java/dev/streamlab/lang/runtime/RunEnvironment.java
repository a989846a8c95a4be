package dev.streamlab.lang.runtime;

import dev.streamlab.engine.OutputSink;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run gets from its host: program arguments, where output goes, the sandbox budget, and services for host
 * libraries' natives (the Spark binding puts its engine session here and reads it back with
 * {@link RunContext#service(Class)}).
 */
public final class RunEnvironment {

    private final List<String> args;
    private final OutputSink output;
    private final Budget budget;
    private final Map<Class<?>, Object> services = new HashMap<>();
    private RunEnvironment restartOf;
    private CompiledProgram program;
    private RunContext context;

    public RunEnvironment(List<String> args, OutputSink output, Budget budget) {
        this.args = List.copyOf(args);
        this.output = output;
        this.budget = budget;
    }

    public RunEnvironment(List<String> args, OutputSink output) {
        this(args, output, Budget.defaults());
    }

    public <T> RunEnvironment withService(Class<T> type, T service) {
        services.put(type, service);
        return this;
    }

    /**
     * This run starts the program of {@code previous} again from the top, as a restarted driver process does. Its
     * globals are fresh, and they are the very slots the previous run's functions read: functions that outlive
     * their run (a recovered context's) see this run's objects, as code deserialized into a new JVM sees that
     * JVM's singletons.
     */
    public RunEnvironment restartOf(RunEnvironment previous) {
        this.restartOf = previous;
        return this;
    }

    /** The global slots to reuse when this run restarts the same compiled program, else null. */
    Object[] globalsOfRestarted(CompiledProgram compiled) {
        if (restartOf == null || restartOf.program != compiled || restartOf.context == null) {
            return null;
        }
        return restartOf.context.globals;
    }

    void ranIn(CompiledProgram compiled, RunContext runContext) {
        this.program = compiled;
        this.context = runContext;
        this.restartOf = null;
    }

    public List<String> args() {
        return args;
    }

    public OutputSink output() {
        return output;
    }

    public Budget budget() {
        return budget;
    }

    <T> T service(Class<T> type) {
        return type.cast(services.get(type));
    }
}
