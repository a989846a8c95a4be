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
