package dev.streamlab.conformance;

import java.util.function.Consumer;

/**
 * One conformance pipeline written against StreamLab's engine, named as its twin in the Spark runner
 * ({@code conformance/src/main/scala/…/Pipelines.scala}).
 */
record EnginePipeline(String name, int sources, boolean stateful, Consumer<EngineInputs> build) {

    static EnginePipeline of(String name, Consumer<EngineInputs> build) {
        return new EnginePipeline(name, 1, false, build);
    }

    static EnginePipeline stateful(String name, Consumer<EngineInputs> build) {
        return new EnginePipeline(name, 1, true, build);
    }

    static EnginePipeline twoSources(String name, Consumer<EngineInputs> build) {
        return new EnginePipeline(name, 2, false, build);
    }
}
