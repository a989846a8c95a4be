package dev.streamlab.conformance;

import java.util.function.Consumer;

/**
 * One conformance pipeline written against StreamLab's engine, named as its twin in the Spark runner
 * ({@code conformance/src/main/scala/…/Pipelines.scala}).
 */
record EnginePipeline(String name, int sources, boolean stateful, boolean watchesFolder,
                      Consumer<EngineInputs> build) {

    static EnginePipeline of(String name, Consumer<EngineInputs> build) {
        return new EnginePipeline(name, 1, false, false, build);
    }

    static EnginePipeline stateful(String name, Consumer<EngineInputs> build) {
        return new EnginePipeline(name, 1, true, false, build);
    }

    static EnginePipeline twoSources(String name, Consumer<EngineInputs> build) {
        return new EnginePipeline(name, 2, false, false, build);
    }

    /** A pipeline that reads a {@code textFileStream}, into whose folder the stream file's files are dropped. */
    static EnginePipeline watching(String name, Consumer<EngineInputs> build) {
        return new EnginePipeline(name, 1, false, true, build);
    }
}
